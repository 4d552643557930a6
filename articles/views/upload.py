from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from articles.forms import ArticleUploadForm
from articles.intake import IntakeError
from articles.services.ingest import article_ingest


@login_required
def article_upload(request):
    form = ArticleUploadForm(request.POST or None, request.FILES or None)
    existing = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["upload"]
        try:
            article = article_ingest(
                text=upload.text,
                title=upload.title,
                outlet=upload.outlet,
                url=upload.url,
                published=upload.published,
                uploaded_by=request.user,
            )
        except IntakeError as error:
            form.add_error(None, error.message)
            existing = error.existing
        else:
            messages.success(request, _("The article is queued: its claims appear below when the worker is done."))
            return redirect(article)
    status = 400 if request.method == "POST" else 200
    return render(request, "articles/upload.html", {"form": form, "existing": existing}, status=status)
