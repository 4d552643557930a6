from django.urls import path

from . import api
from .views import article, map, review, upload

urlpatterns = [
    # Pages
    path("", map.map_page, name="map"),
    path("articles/", article.article_list, name="article-list"),
    path("articles/new/", upload.article_upload, name="article-upload"),
    path("articles/<int:pk>/", article.article_detail, name="article-detail"),
    path("articles/<int:pk>/status.json", article.article_status, name="article-status"),
    # Review (logged-in analysts)
    path("claims/<int:pk>/review/", review.claim_review, name="claim-review"),
    path("claims/bulk-review/", review.claims_bulk_review, name="claims-bulk-review"),
    path("api/places/", review.place_search, name="place-search"),
    # Data out
    path("api/claims.geojson", api.claims_geojson, name="api-claims-geojson"),
    path("api/claims.csv", api.claims_csv, name="api-claims-csv"),
    path("api/claims/facets.json", api.claims_facets, name="api-claims-facets"),
    path("api/articles/", api.article_list, name="api-article-list"),
    path("api/articles/<int:pk>/", api.article_detail, name="api-article-detail"),
]
