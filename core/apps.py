from django.apps import AppConfig
from django.core.signals import request_finished, request_started
from django.db.models import signals


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site plumbing"

    def ready(self) -> None:
        # Cache bookkeeping, not business logic: every change of a model that pages show moves the
        # content version, in the same transaction when there is one (core/page_cache.py).
        from core.page_cache import CONTENT_MODELS

        for signal in (signals.pre_save, signals.post_save, signals.pre_delete, signals.post_delete):
            for model in CONTENT_MODELS:
                signal.connect(_changed, sender=model, dispatch_uid=f"page-cache-{model._meta.label}")
        signals.m2m_changed.connect(_m2m_changed, dispatch_uid="page-cache-m2m")

        # Mail queued during a request waits until its response has been sent (core/mail.py).
        from core.mail import hold_during_request, release_held

        request_started.connect(hold_during_request, dispatch_uid="mail-hold")
        request_finished.connect(release_held, dispatch_uid="mail-release")


def _changed(signal, **kwargs) -> None:
    from core.page_cache import content_changed

    content_changed(before=signal in (signals.pre_save, signals.pre_delete))


def _m2m_changed(sender, instance, model, action, **kwargs) -> None:
    from core.page_cache import CONTENT_MODELS, content_changed

    if type(instance) in CONTENT_MODELS or model in CONTENT_MODELS:
        content_changed(before=action.startswith("pre_"))
