from django.apps import AppConfig


class CareerGuideConfig(AppConfig):
    name = "careerguide"
    verbose_name = "Career guide"
