/* The map page: claims from /api/claims.geojson, counts from /api/claims/facets.json, filters in the URL.
 *
 * Every text that comes from an article (places, sources, evidence) reaches the page through
 * textContent or a text node, never through innerHTML, so hostile markup in an article stays text.
 */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("map-config").textContent);
  var governorates = JSON.parse(document.getElementById("governorates-data").textContent);
  var S = config.strings;
  var arabic = config.language === "ar";
  var PAGE_SIZE = 20;
  var ACTOR_COLOURS = {
    russia: "#d7301f",
    syrian_government: "#7a0177",
    coalition: "#2171b5",
    turkey: "#ec7014",
    israel: "#238b45",
    opposition: "#8c6d31",
    isis: "#252525",
    jordan: "#e7298a",
    unknown: "#737373"
  };
  var actorLabels = {};
  config.actors.forEach(function (actor) { actorLabels[actor.value] = actor.label; });
  var governorateByCode = {};
  governorates.forEach(function (g) { governorateByCode[g.code] = g; });

  var form = document.getElementById("filters");
  var countEl = document.getElementById("claim-count");
  var statusEl = document.getElementById("claim-status");
  var errorsEl = document.getElementById("filter-errors");

  /* ---- small helpers ------------------------------------------------------------------------- */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") { node.textContent = attrs[key]; } else { node.setAttribute(key, attrs[key]); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_, key) { return String(values[key]); });
  }

  function colour(actor) { return ACTOR_COLOURS[actor] || ACTOR_COLOURS.unknown; }

  function governorateName(code, props) {
    if (props) {
      var name = arabic ? props.governorate_name_ar : props.governorate_name_en;
      if (name) { return name; }
    }
    var g = governorateByCode[code];
    return g ? (arabic ? g.name_ar : g.name_en) : (code || "");
  }

  /* Facets may come as {key: n}, [[key, n]] or [{key, count}]: all read as a Map. */
  function facetMap(value) {
    var result = new Map();
    if (!value) { return result; }
    if (Array.isArray(value)) {
      value.forEach(function (item) {
        if (Array.isArray(item)) { result.set(String(item[0]), item[1]); return; }
        var key = item.key !== undefined ? item.key : (item.code !== undefined ? item.code : (item.value !== undefined ? item.value : item.name));
        var count = item.count !== undefined ? item.count : (item.n !== undefined ? item.n : item.total);
        result.set(String(key), count);
      });
    } else {
      Object.keys(value).forEach(function (key) { result.set(key, value[key]); });
    }
    return result;
  }

  function formatDate(props) {
    if (!props.date) { return S.unknown; }
    var text = props.date_precision === "month" ? props.date.slice(0, 7) : props.date;
    var precision = S.date_precision[props.date_precision];
    return precision ? text + " (" + precision + ")" : text;
  }

  /* ---- filters and the URL ------------------------------------------------------------------- */

  function formParams() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      value = String(value).trim();
      if (value) { params.append(key, value); }
    });
    return params;
  }

  function fillForm(search) {
    var params = new URLSearchParams(search);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name) { return; }
      if (field.multiple) {
        var values = params.getAll(field.name);
        Array.prototype.forEach.call(field.options, function (option) { option.selected = values.indexOf(option.value) >= 0; });
      } else if (field.type !== "submit" && field.type !== "button") {
        field.value = params.get(field.name) || "";
      }
    });
  }

  function applyFilters() {
    var params = formParams().toString();
    var url = location.pathname + (params ? "?" + params : "");
    if (url !== location.pathname + location.search) { history.pushState({ filters: params }, "", url); }
    load();
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); applyFilters(); });
  form.addEventListener("change", function (event) {
    if (event.target.name === "q" || event.target.name === "source") { return; }
    applyFilters();
  });
  document.getElementById("f-reset").addEventListener("click", function () { form.reset(); fillForm(""); applyFilters(); });
  window.addEventListener("popstate", function () { fillForm(location.search); load(); });

  /* ---- the map ------------------------------------------------------------------------------- */

  var map = L.map("map", {
    center: config.center,
    zoom: config.zoom,
    minZoom: config.min_zoom,
    maxZoom: config.max_zoom,
    preferCanvas: true
  });
  config.tiles.forEach(function (tile) { L.tileLayer(tile.url, tile.options).addTo(map); });
  var renderer = L.canvas({ padding: 0.5 });

  // Labels drawn by the page itself, so the map keeps its bearings when no tile loads (offline).
  var labels = L.layerGroup().addTo(map);
  governorates.forEach(function (g) {
    var label = el("span", { text: arabic ? g.name_ar : g.name_en, dir: "auto" });
    L.marker([g.lat, g.lon], {
      icon: L.divIcon({ className: "gov-label", html: label, iconSize: null }),
      interactive: false,
      keyboard: false
    }).addTo(labels);
  });

  var clusters = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 50 });
  var heat = L.heatLayer([], { radius: 18, blur: 16, maxZoom: 11 });
  map.addLayer(clusters);

  var features = [];
  var markersById = new Map();
  var heatToggle = document.getElementById("heatmap-toggle");

  function markerFor(feature) {
    var props = feature.properties;
    var latlng = [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];
    var marker;
    if (props.placed_at_governorate) {
      // An area-level claim: a hollow dashed ring at the governorate's point, never a dot on a town.
      marker = L.circleMarker(latlng, {
        renderer: renderer, radius: 12, color: colour(props.actor), weight: 3, dashArray: "4 3",
        fill: true, fillOpacity: 0.04
      });
    } else {
      marker = L.circleMarker(latlng, {
        renderer: renderer, radius: 7, color: "#1b1b1b", weight: 1, fillColor: colour(props.actor), fillOpacity: 0.9
      });
    }
    marker.feature = feature;
    marker.bindPopup(function () { return popupFor(props); }, { maxWidth: 340 });
    return marker;
  }

  function popupFor(props) {
    function row(label, value, attrs) {
      return el("div", { class: "popup-row" }, [el("dt", { text: label }), el("dd", Object.assign({ text: value }, attrs || {}))]);
    }
    var place = el("h3", { class: "popup-place" }, [
      el("span", { lang: "ar", dir: "rtl", text: props.place || "" }),
      props.place_en ? el("span", { class: "muted", text: " · " + props.place_en }) : null
    ]);
    var killed = props.killed === null || props.killed === undefined ? S.unknown : String(props.killed);
    var rows = el("dl", {}, [
      row(S.governorate, governorateName(props.governorate, props)),
      row(S.date, formatDate(props)),
      row(S.precision, S.precisions[props.precision] || props.precision || ""),
      row(S.sources, (props.sources || []).join("، ") || S.unknown, { dir: "auto" }),
      row(S.actor, actorLabels[props.actor] || props.actor || S.unknown),
      row(S.killed, killed)
    ]);
    var notes = [];
    if (props.placed_at_governorate) { notes.push(el("p", { class: "note", text: S.governorate_level })); }
    if (props.needs_placement) { notes.push(el("p", { class: "note", text: S.needs_placement })); }
    var evidence = el("blockquote", { class: "evidence", lang: "ar", dir: "rtl", text: props.evidence || "" });
    var link = el("a", { href: props.article_url || "#", text: S.article });
    return el("div", { class: "claim-popup", dir: arabic ? "rtl" : "ltr" }, [place, rows].concat(notes, [evidence, el("p", {}, [link])]));
  }

  function showMarkers(subset) {
    clusters.clearLayers();
    var layers = subset.map(function (feature) { return markersById.get(feature.properties.id); });
    clusters.addLayers(layers);
    heat.setLatLngs(subset.map(function (f) { return [f.geometry.coordinates[1], f.geometry.coordinates[0], 1]; }));
  }

  heatToggle.addEventListener("change", function () {
    if (heatToggle.checked) { map.removeLayer(clusters); map.addLayer(heat); } else { map.removeLayer(heat); map.addLayer(clusters); }
  });

  function openFeature(id) {
    var marker = markersById.get(id);
    if (!marker) { return; }
    if (heatToggle.checked) { heatToggle.checked = false; map.removeLayer(heat); map.addLayer(clusters); }
    clusters.zoomToShowLayer(marker, function () { marker.openPopup(); });
  }

  /* ---- legend -------------------------------------------------------------------------------- */

  function renderLegend(byActor) {
    var legend = document.getElementById("legend");
    legend.textContent = "";
    var list = el("ul", {});
    config.actors.forEach(function (actor) {
      var count = byActor.get(actor.value);
      if (!count) { return; }
      list.appendChild(el("li", {}, [
        el("span", { class: "swatch", style: "background:" + colour(actor.value) }),
        el("span", { text: actor.label + " (" + count + ")" })
      ]));
    });
    legend.appendChild(list);
    legend.appendChild(el("p", { class: "symbol" }, [el("span", { class: "swatch dot" }), el("span", { text: S.located })]));
    legend.appendChild(el("p", { class: "symbol" }, [el("span", { class: "swatch ring" }), el("span", { text: S.governorate_level })]));
  }

  function labelOptions(select, counts) {
    Array.prototype.forEach.call(select.options, function (option) {
      if (!option.value) { return; }
      var count = counts.get(option.value) || 0;
      option.textContent = option.getAttribute("data-label") + " (" + count + ")";
    });
  }

  /* ---- table --------------------------------------------------------------------------------- */

  var table = { rows: [], sort: "date", descending: true, page: 0, selected: new Set() };
  var tbody = document.querySelector("#claims-table tbody");
  var bulkForm = document.getElementById("bulk-form");

  function sortValue(props, key) {
    if (key === "place") { return arabic ? props.place : (props.place_en || props.place); }
    if (key === "governorate") { return governorateName(props.governorate, props); }
    if (key === "actor") { return actorLabels[props.actor] || ""; }
    if (key === "killed") { return props.killed === null || props.killed === undefined ? -1 : props.killed; }
    return props.date || "";
  }

  function sortTable() {
    var key = table.sort;
    var sign = table.descending ? -1 : 1;
    table.rows.sort(function (a, b) {
      var x = sortValue(a.properties, key);
      var y = sortValue(b.properties, key);
      if (x < y) { return -sign; }
      if (x > y) { return sign; }
      return 0;
    });
  }

  function renderTable() {
    var pages = Math.max(1, Math.ceil(table.rows.length / PAGE_SIZE));
    table.page = Math.min(table.page, pages - 1);
    tbody.textContent = "";
    table.rows.slice(table.page * PAGE_SIZE, (table.page + 1) * PAGE_SIZE).forEach(function (feature) {
      var props = feature.properties;
      var tr = el("tr", { "data-id": String(props.id), tabindex: "0" });
      if (bulkForm) {
        var box = el("input", { type: "checkbox", "aria-label": props.place || "" });
        box.checked = table.selected.has(props.id);
        box.addEventListener("click", function (event) { event.stopPropagation(); });
        box.addEventListener("change", function () {
          if (box.checked) { table.selected.add(props.id); } else { table.selected.delete(props.id); }
          updateBulkCount();
        });
        tr.appendChild(el("td", {}, [box]));
      }
      tr.appendChild(el("td", { class: "nowrap", text: props.date ? (props.date_precision === "month" ? props.date.slice(0, 7) : props.date) : "—" }));
      tr.appendChild(el("td", {}, [
        el("span", { lang: "ar", dir: "rtl", text: props.place || "" }),
        !arabic && props.place_en ? el("span", { class: "muted", text: " " + props.place_en }) : null
      ]));
      tr.appendChild(el("td", { text: governorateName(props.governorate, props) }));
      tr.appendChild(el("td", {}, [el("span", { class: "swatch", style: "background:" + colour(props.actor) }),
        el("span", { text: actorLabels[props.actor] || "" })]));
      tr.appendChild(el("td", { text: props.killed === null || props.killed === undefined ? "" : String(props.killed) }));
      tr.addEventListener("click", function () { openFeature(props.id); });
      tr.addEventListener("keydown", function (event) { if (event.key === "Enter") { openFeature(props.id); } });
      tbody.appendChild(tr);
    });
    document.getElementById("page-label").textContent = format(S.page, { page: table.page + 1, pages: pages });
    document.getElementById("page-prev").disabled = table.page === 0;
    document.getElementById("page-next").disabled = table.page >= pages - 1;
  }

  function updateBulkCount() {
    var label = document.getElementById("bulk-count");
    if (label) { label.textContent = format(S.selected, { count: table.selected.size }); }
  }

  document.querySelectorAll("#claims-table [data-sort]").forEach(function (button) {
    button.addEventListener("click", function () {
      var key = button.getAttribute("data-sort");
      table.descending = table.sort === key ? !table.descending : key === "date" || key === "killed";
      table.sort = key;
      sortTable();
      renderTable();
    });
  });
  document.getElementById("page-prev").addEventListener("click", function () { table.page -= 1; renderTable(); });
  document.getElementById("page-next").addEventListener("click", function () { table.page += 1; renderTable(); });
  document.getElementById("table-toggle").addEventListener("change", function (event) {
    document.getElementById("table-panel").hidden = !event.target.checked;
    document.body.classList.toggle("without-table", !event.target.checked);
    map.invalidateSize();
  });
  var selectAll = document.getElementById("select-all");
  if (selectAll) {
    selectAll.addEventListener("change", function () {
      table.rows.forEach(function (f) { if (selectAll.checked) { table.selected.add(f.properties.id); } else { table.selected.delete(f.properties.id); } });
      renderTable();
      updateBulkCount();
    });
  }
  if (bulkForm) {
    bulkForm.addEventListener("submit", function (event) {
      event.preventDefault();
      if (!table.selected.size) { return; }
      var data = new FormData();
      data.append("csrfmiddlewaretoken", bulkForm.elements.csrfmiddlewaretoken.value);
      data.append("action", event.submitter ? event.submitter.value : "confirm");
      table.selected.forEach(function (id) { data.append("claims", String(id)); });
      fetch(config.bulk_url, { method: "POST", body: data, headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (result) {
          statusEl.textContent = result.updated !== undefined ? format(S.bulk_done, { count: result.updated }) : "";
          table.selected.clear();
          updateBulkCount();
          load();
        });
    });
  }

  /* ---- timeline ------------------------------------------------------------------------------ */

  var svg = document.getElementById("timeline");
  var SVGNS = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var timeline = { days: [], start: 0, end: 0, playing: null, index: 0 };

  function svgEl(tag, attrs) {
    var node = document.createElementNS(SVGNS, tag);
    Object.keys(attrs).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    return node;
  }

  function dayValue(iso) { return Date.parse(iso + "T00:00:00Z"); }
  function isoDay(value) { return new Date(value).toISOString().slice(0, 10); }

  function xOf(value, width) {
    var span = Math.max(DAY, timeline.end - timeline.start + DAY);
    return ((value - timeline.start) / span) * width;
  }

  function dayAt(x, width) {
    var span = Math.max(DAY, timeline.end - timeline.start + DAY);
    var value = timeline.start + Math.floor(Math.max(0, Math.min(width - 0.01, x)) / width * span / DAY) * DAY;
    return isoDay(Math.min(value, timeline.end));
  }

  function renderTimeline(byDay) {
    var days = Array.from(facetMap(byDay).entries()).filter(function (d) { return d[0] && d[0] !== "null"; });
    days.sort(function (a, b) { return a[0] < b[0] ? -1 : 1; });
    timeline.days = days;
    svg.textContent = "";
    var width = svg.clientWidth || 600;
    var height = svg.clientHeight || 60;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    if (!days.length) { return; }
    timeline.start = dayValue(days[0][0]);
    timeline.end = dayValue(days[days.length - 1][0]);
    var max = Math.max.apply(null, days.map(function (d) { return d[1]; }));
    var barWidth = Math.max(1, xOf(timeline.start + DAY, width) - xOf(timeline.start, width) - 0.5);
    var from = form.elements.date_from.value;
    var to = form.elements.date_to.value;
    if (from || to) {
      var x0 = xOf(from ? dayValue(from) : timeline.start, width);
      var x1 = xOf((to ? dayValue(to) : timeline.end) + DAY, width);
      svg.appendChild(svgEl("rect", { class: "brush", x: x0, y: 0, width: Math.max(1, x1 - x0), height: height }));
    }
    days.forEach(function (day) {
      var h = Math.max(2, (day[1] / max) * (height - 14));
      var bar = svgEl("rect", { class: "bar", x: xOf(dayValue(day[0]), width), y: height - 12 - h, width: barWidth, height: h, "data-day": day[0] });
      var title = svgEl("title", {});
      title.textContent = day[0] + ": " + day[1];
      bar.appendChild(title);
      svg.appendChild(bar);
    });
    [days[0][0], days[days.length - 1][0]].forEach(function (text, i) {
      var label = svgEl("text", { x: i ? width - 2 : 2, y: height - 1, "text-anchor": i ? "end" : "start", class: "axis" });
      label.textContent = text;
      svg.appendChild(label);
    });
  }

  var drag = null;
  svg.addEventListener("pointerdown", function (event) {
    if (!timeline.days.length) { return; }
    var box = svg.getBoundingClientRect();
    drag = { x0: event.clientX - box.left, width: box.width, rect: svgEl("rect", { class: "brush", x: event.clientX - box.left, y: 0, width: 1, height: box.height }) };
    svg.appendChild(drag.rect);
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", function (event) {
    if (!drag) { return; }
    var x = event.clientX - svg.getBoundingClientRect().left;
    drag.rect.setAttribute("x", Math.min(x, drag.x0));
    drag.rect.setAttribute("width", Math.max(1, Math.abs(x - drag.x0)));
  });
  svg.addEventListener("pointerup", function (event) {
    if (!drag) { return; }
    var x = event.clientX - svg.getBoundingClientRect().left;
    var a = dayAt(Math.min(x, drag.x0), drag.width);
    var b = dayAt(Math.max(x, drag.x0), drag.width);
    drag = null;
    form.elements.date_from.value = a;
    form.elements.date_to.value = b;
    applyFilters();
  });

  var playButton = document.getElementById("timeline-play");
  var timelineLabel = document.getElementById("timeline-label");

  function stopPlaying() {
    if (timeline.playing === null) { return; }
    clearInterval(timeline.playing);
    timeline.playing = null;
    playButton.textContent = S.play;
    playButton.setAttribute("aria-pressed", "false");
    timelineLabel.textContent = "";
    svg.querySelectorAll(".bar.current").forEach(function (bar) { bar.classList.remove("current"); });
    showMarkers(features);
  }

  // Playing steps through the loaded claims day by day in the browser: no request per step.
  function step() {
    var days = Array.from(new Set(features.map(function (f) { return f.properties.date; }).filter(Boolean))).sort();
    if (!days.length) { stopPlaying(); return; }
    if (timeline.index >= days.length) { timeline.index = 0; }
    var day = days[timeline.index];
    timeline.index += 1;
    var subset = features.filter(function (f) { return f.properties.date === day; });
    showMarkers(subset);
    timelineLabel.textContent = day + " · " + subset.length + " " + S.claims;
    svg.querySelectorAll(".bar").forEach(function (bar) { bar.classList.toggle("current", bar.getAttribute("data-day") === day); });
  }

  playButton.addEventListener("click", function () {
    if (timeline.playing !== null) { stopPlaying(); return; }
    timeline.index = 0;
    playButton.textContent = S.pause;
    playButton.setAttribute("aria-pressed", "true");
    step();
    timeline.playing = setInterval(step, 900);
  });

  /* ---- loading ------------------------------------------------------------------------------- */

  var inFlight = null;
  // Milliseconds of the last load: requests (server + transfer + JSON parsing), then drawing.
  var timings = { fetch_ms: 0, render_ms: 0 };

  function getJSON(url, signal) {
    return fetch(url, { signal: signal, headers: { Accept: "application/json" }, credentials: "same-origin" }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) { var error = new Error("HTTP " + response.status); error.body = body; throw error; }
        return body;
      });
    });
  }

  function load() {
    stopPlaying();
    if (inFlight) { inFlight.abort(); }
    inFlight = new AbortController();
    var signal = inFlight.signal;
    var params = formParams();
    var withoutDates = new URLSearchParams(params);
    withoutDates.delete("date_from");
    withoutDates.delete("date_to");
    var query = params.toString() ? "?" + params.toString() : "";
    document.getElementById("export-geojson").href = config.geojson_url + query;
    document.getElementById("export-csv").href = config.csv_url + query;
    statusEl.textContent = S.loading;
    errorsEl.hidden = true;
    document.body.setAttribute("data-loading", "true");
    var started = performance.now();
    Promise.all([
      getJSON(config.geojson_url + query, signal),
      getJSON(config.facets_url + query, signal),
      // The timeline shows every day whatever the date range, so that the range can be changed on it.
      withoutDates.toString() === params.toString()
        ? null
        : getJSON(config.facets_url + (withoutDates.toString() ? "?" + withoutDates.toString() : ""), signal)
    ]).then(function (results) {
      timings.fetch_ms = Math.round(performance.now() - started);
      var collection = results[0];
      var facets = results[1];
      features = (collection.features || []).filter(function (f) { return f.geometry && f.geometry.coordinates; });
      markersById = new Map();
      features.forEach(function (feature) { markersById.set(feature.properties.id, markerFor(feature)); });
      showMarkers(features);
      countEl.textContent = String(facets.total !== undefined ? facets.total : features.length);
      statusEl.textContent = "";
      labelOptions(form.elements.governorate, facetMap(facets.by_governorate));
      labelOptions(form.elements.actor, facetMap(facets.by_actor));
      labelOptions(form.elements.precision, facetMap(facets.by_precision));
      var sources = document.getElementById("source-options");
      sources.textContent = "";
      facetMap(facets.by_source).forEach(function (count, source) { sources.appendChild(el("option", { value: source })); });
      renderLegend(facetMap(facets.by_actor));
      renderTimeline((results[2] || facets).by_day);
      table.rows = features.slice();
      table.page = 0;
      sortTable();
      renderTable();
      timings.render_ms = Math.round(performance.now() - started) - timings.fetch_ms;
      document.body.setAttribute("data-loading", "false");
      document.body.setAttribute("data-claims", String(features.length));
    }).catch(function (error) {
      if (error.name === "AbortError") { return; }
      statusEl.textContent = "";
      var messages = error.body && error.body.errors ? Object.keys(error.body.errors).map(function (k) { return [].concat(error.body.errors[k]).join(" "); }) : [S.load_failed];
      errorsEl.textContent = messages.join(" ");
      errorsEl.hidden = false;
      document.body.setAttribute("data-loading", "error");
    });
  }

  // For the browser tests and for anyone poking at the page from the console.
  window.newsmapMap = {
    map: map,
    markerCount: function () { return clusters.getLayers().length; },
    openFeature: openFeature,
    timings: function () { return timings; },
    features: function () { return features; }
  };

  fillForm(location.search);
  history.replaceState({ filters: location.search }, "", location.href);
  load();
})();
