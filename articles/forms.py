from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from articles.intake import IntakeError, Upload, max_bytes, parse_date, upload_from_file, upload_from_text


class ArticleUploadForm(forms.Form):
    text = forms.CharField(
        label=_("Article text"),
        required=False,
        widget=forms.Textarea(attrs={"dir": "rtl", "lang": "ar", "rows": 14}),
        help_text=_("Paste the Arabic text, or upload a file below."),
    )
    file = forms.FileField(label=_("or a file"), required=False, help_text=_(".txt (UTF-8 or Windows-1256) or .html"))
    title = forms.CharField(label=_("Title"), required=False, max_length=500)
    outlet = forms.CharField(label=_("Outlet"), required=False, max_length=200)
    url = forms.URLField(label=_("URL"), required=False, max_length=1000, assume_scheme="https")
    published = forms.CharField(
        label=_("Publication date"),
        required=False,
        help_text=_("YYYY-MM-DD; detected from the text when left empty."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean_published(self):
        try:
            return parse_date(self.cleaned_data.get("published"))
        except IntakeError as error:
            raise forms.ValidationError(error.message) from error

    def clean(self) -> dict:
        cleaned = super().clean()
        text = (cleaned.get("text") or "").strip()
        upload = cleaned.get("file")
        if text and upload:
            raise forms.ValidationError(_("Paste a text or upload a file, not both."))
        try:
            if upload:
                if upload.size > max_bytes():
                    raise IntakeError(
                        _("The file is too large: %(size)s KB, the limit is %(limit)s KB.")
                        % {"size": upload.size // 1024, "limit": max_bytes() // 1024}
                    )
                result = upload_from_file(name=upload.name, data=upload.read())
            elif text:
                result = upload_from_text(text)
            else:
                raise IntakeError(_("The article is empty: paste its text or choose a file."))
        except IntakeError as error:
            raise forms.ValidationError(error.message) from error
        cleaned["upload"] = Upload(
            text=result.text,
            title=cleaned.get("title") or result.title,
            outlet=cleaned.get("outlet") or result.outlet,
            url=cleaned.get("url") or result.url,
            published=cleaned.get("published") or result.published,
        )
        return cleaned
