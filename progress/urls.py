"""The tracker's addresses. Every answer here is personal (a learner's own progress, files, forms), so each
view is wrapped in never_cache (Cache-Control: private, no-store and no-cache): no proxy or browser cache
keeps it. The one exception is the public read-only share page, which holds nothing but what its owner
chose to publish. The calendar feed is personal too: calendar apps poll it afresh."""

from django.urls import path
from django.views.decorators.cache import never_cache

from progress import views as views

app_name = "progress"

urlpatterns = [
    path("", never_cache(views.dashboard), name="dashboard"),
    path("career/", never_cache(views.career_follow), name="career_follow"),
    path("skills/<slug:slug>/", never_cache(views.skill_update), name="skill_update"),
    path("topics/<slug:slug>/", never_cache(views.topic_update), name="topic_update"),
    path("pathways/<slug:slug>/", never_cache(views.plan_update), name="plan_update"),
    path("steps/<int:step_id>/", never_cache(views.step_update), name="step_update"),
    path("export.<str:fmt>", never_cache(views.export), name="export"),
    path("import/", never_cache(views.import_progress), name="import"),
    path("share/", never_cache(views.share), name="share"),
    path("shared/<slug:token>/", views.shared, name="shared"),
    path("plan/hours/", never_cache(views.hours_per_week), name="hours_per_week"),
    path("calendar/", never_cache(views.calendar), name="calendar"),
    path("calendar/<slug:token>.ics", never_cache(views.calendar_feed), name="calendar_feed"),
    path("reset/", never_cache(views.reset), name="reset"),
]
