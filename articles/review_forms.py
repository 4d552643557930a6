"""Forms of the review views: what an analyst may change on a claim, validated before the services run."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from articles.models import Claim
from geo.models import Place

# Syria with a margin: a click far outside it is a slip of the mouse, not a strike location.
LAT_RANGE = (32.0, 37.6)
LON_RANGE = (35.4, 42.6)


class ClaimReviewForm(forms.Form):
    ACTIONS = [
        ("confirm", _("Confirm")),
        ("reject", _("Reject")),
        ("move", _("Move")),
        ("edit", _("Edit")),
    ]

    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS)
    place = forms.ModelChoiceField(label=_("Gazetteer place"), queryset=Place.objects.all(), required=False)
    lat = forms.FloatField(label=_("Latitude"), required=False, min_value=LAT_RANGE[0], max_value=LAT_RANGE[1])
    lon = forms.FloatField(label=_("Longitude"), required=False, min_value=LON_RANGE[0], max_value=LON_RANGE[1])
    date = forms.DateField(label=_("Strike date"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_precision = forms.ChoiceField(
        label=_("Date precision"), choices=[("", "—"), *Claim.DatePrecision.choices], required=False
    )
    precision = forms.ChoiceField(label=_("Precision"), choices=Claim.Precision.choices, required=False)

    def clean(self):
        data = super().clean()
        action = data.get("action")
        if action == "move" and not data.get("place") and (data.get("lat") is None or data.get("lon") is None):
            raise forms.ValidationError(_("Choose a place from the search, or click the map to set a point."))
        if action == "edit":
            if not data.get("precision"):
                self.add_error("precision", _("Choose a precision."))
            if data.get("date") and not data.get("date_precision"):
                data["date_precision"] = Claim.DatePrecision.DAY
        return data


class BulkReviewForm(forms.Form):
    ACTIONS = [("confirm", _("Confirm")), ("reject", _("Reject"))]

    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS)
    claims = forms.ModelMultipleChoiceField(label=_("Claims"), queryset=Claim.objects.all())
