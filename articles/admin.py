from django.contrib import admin

from .models import Article, Claim, ClaimEvent


class ClaimInline(admin.TabularInline):
    model = Claim
    extra = 0
    fields = ["place_name", "governorate", "precision", "date", "actor", "killed", "review_state"]
    readonly_fields = fields
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["__str__", "outlet", "published", "status", "created_at"]
    list_filter = ["status", "outlet"]
    search_fields = ["title", "text", "url"]
    readonly_fields = [
        "content_hash",
        "status",
        "step",
        "error",
        "attempts",
        "status_changed_at",
        "processing_started_at",
        "processed_at",
    ]
    inlines = [ClaimInline]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["place_name", "governorate", "precision", "date", "actor", "review_state"]
    list_filter = ["governorate", "precision", "actor", "review_state"]
    search_fields = ["place_name", "place_name_en", "evidence", "sources"]
    raw_id_fields = ["article", "place"]


@admin.register(ClaimEvent)
class ClaimEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "user", "action", "claim", "article"]
    list_filter = ["action"]
    raw_id_fields = ["claim", "article"]
