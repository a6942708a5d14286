from django.apps import AppConfig


class CareerGuideConfig(AppConfig):
    name = "careerguide"
    verbose_name = "Career guide"

    def ready(self) -> None:
        # Cache bookkeeping, not business logic: every change of guide content writes a
        # history record, and the page cache's shared version must follow it.
        from simple_history.signals import post_create_historical_record

        from careerguide import page_cache

        for model in page_cache.CONTENT_MODELS:
            post_create_historical_record.connect(
                page_cache.content_changed, sender=model.history.model, dispatch_uid=f"page-cache-{model._meta.label}"
            )
