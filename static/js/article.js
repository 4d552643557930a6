/* The article page: claims on a small map, highlighting, processing status, and the review controls. */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("article-config").textContent);
  var S = config.strings;

  function format(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (_, key) { return String(values[key]); });
  }

  /* ---- small map ----------------------------------------------------------------------------- */

  var map = L.map("article-map", { center: [35.0, 38.5], zoom: 6, minZoom: 5, preferCanvas: true });
  config.tiles.forEach(function (tile) { L.tileLayer(tile.url, tile.options).addTo(map); });
  var markers = new Map();
  var bounds = [];
  config.claims.forEach(function (claim) {
    if (claim.lat === null || claim.lon === null) { return; }
    var colour = claim.rejected ? "#9e9e9e" : "#c62828";
    var marker = claim.at_governorate
      ? L.circleMarker([claim.lat, claim.lon], { radius: 12, color: colour, weight: 3, dashArray: "4 3", fillOpacity: 0.04 })
      : L.circleMarker([claim.lat, claim.lon], { radius: 7, color: "#1b1b1b", weight: 1, fillColor: colour, fillOpacity: 0.9 });
    marker.on("click", function () { select(claim.id, true); });
    marker.addTo(map);
    markers.set(claim.id, marker);
    bounds.push([claim.lat, claim.lon]);
  });
  if (bounds.length) { map.fitBounds(bounds, { maxZoom: 10, padding: [20, 20] }); }

  /* ---- highlighting -------------------------------------------------------------------------- */

  function claimIds(node) {
    return (node.getAttribute("data-claims") || "").split(" ").filter(Boolean).map(Number);
  }

  function select(id, scrollText) {
    document.querySelectorAll(".article-text .active, .claim-list .active").forEach(function (node) { node.classList.remove("active"); });
    var first = null;
    document.querySelectorAll(".article-text [data-claims]").forEach(function (span) {
      if (claimIds(span).indexOf(id) >= 0) { span.classList.add("active"); first = first || span; }
    });
    var item = document.getElementById("claim-" + id);
    if (item) { item.classList.add("active"); }
    if (scrollText && first) { first.scrollIntoView({ block: "center", behavior: "smooth" }); }
    if (!scrollText && item) { item.scrollIntoView({ block: "nearest", behavior: "smooth" }); }
    markers.forEach(function (marker, key) { marker.setStyle({ weight: key === id ? 4 : (marker.options.dashArray ? 3 : 1) }); });
    var marker = markers.get(id);
    if (marker) { map.setView(marker.getLatLng(), Math.max(map.getZoom(), 9)); marker.bringToFront(); }
  }

  document.querySelectorAll(".claim-list .claim").forEach(function (item) {
    item.addEventListener("click", function (event) {
      if (event.target.closest("form, details, button, a, input, select")) { return; }
      select(Number(item.getAttribute("data-claim")), true);
    });
    item.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && event.target === item) { select(Number(item.getAttribute("data-claim")), true); }
    });
  });
  document.querySelectorAll(".article-text [data-claims]").forEach(function (span) {
    span.addEventListener("click", function () { var ids = claimIds(span); if (ids.length) { select(ids[0], false); } });
  });
  var hash = /^#claim-(\d+)$/.exec(location.hash);
  if (hash) { select(Number(hash[1]), true); }

  /* ---- processing status --------------------------------------------------------------------- */

  var statusEl = document.getElementById("article-status");
  var errorEl = document.getElementById("article-error");

  function poll() {
    fetch(config.status_url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        statusEl.textContent = status.status_display;
        statusEl.className = "status status-" + status.status;
        statusEl.setAttribute("data-status", status.status);
        if (status.status === "done") { location.reload(); return; }
        if (status.status === "failed") {
          errorEl.textContent = S.failed + " " + status.error;
          errorEl.hidden = false;
          return;
        }
        setTimeout(poll, 1500);
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  if (config.pending) { setTimeout(poll, 1000); }

  /* ---- moving a claim: gazetteer search or a clicked point ------------------------------------ */

  var picking = null;
  var pickMarker = null;

  document.querySelectorAll(".move-form").forEach(function (form) {
    var query = form.querySelector(".place-query");
    var results = form.querySelector(".place-results");
    var choice = form.querySelector(".choice");
    var timer = null;

    function choose(place) {
      form.querySelector(".place-id").value = String(place.id);
      form.querySelector(".point-lat").value = "";
      form.querySelector(".point-lon").value = "";
      choice.textContent = [place.name_ar, place.name_en, place.governorate_name_en].filter(Boolean).join(" · ");
      results.textContent = "";
    }

    query.addEventListener("input", function () {
      clearTimeout(timer);
      var text = query.value.trim();
      if (text.length < 2) { results.textContent = ""; return; }
      timer = setTimeout(function () {
        fetch(config.place_search_url + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" }, credentials: "same-origin" })
          .then(function (response) { return response.json(); })
          .then(function (data) {
            results.textContent = "";
            if (!data.results.length) {
              var none = document.createElement("li");
              none.textContent = S.no_results;
              results.appendChild(none);
            }
            data.results.forEach(function (place) {
              var item = document.createElement("li");
              var button = document.createElement("button");
              button.type = "button";
              button.className = "link";
              button.setAttribute("role", "option");
              button.textContent = [place.name_ar, place.name_en, place.governorate_name_en].filter(Boolean).join(" · ");
              button.addEventListener("click", function () { choose(place); });
              item.appendChild(button);
              results.appendChild(item);
            });
          });
      }, 250);
    });

    form.querySelector(".pick-point").addEventListener("click", function () {
      picking = form;
      choice.textContent = S.click_map;
      document.getElementById("article-map").classList.add("picking");
      document.getElementById("article-map").scrollIntoView({ block: "nearest" });
    });
  });

  map.on("click", function (event) {
    if (!picking) { return; }
    var lat = event.latlng.lat.toFixed(5);
    var lon = event.latlng.lng.toFixed(5);
    picking.querySelector(".place-id").value = "";
    picking.querySelector(".point-lat").value = lat;
    picking.querySelector(".point-lon").value = lon;
    picking.querySelector(".choice").textContent = format(S.point_set, { lat: lat, lon: lon });
    if (pickMarker) { map.removeLayer(pickMarker); }
    pickMarker = L.circleMarker(event.latlng, { radius: 9, color: "#0d47a1", weight: 3, fillOpacity: 0.3 }).addTo(map);
    document.getElementById("article-map").classList.remove("picking");
    picking = null;
  });
})();
