from django.urls import path

from progress import views as views

app_name = "progress"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("career/", views.career_follow, name="career_follow"),
    path("skills/<slug:slug>/", views.skill_update, name="skill_update"),
    path("topics/<slug:slug>/", views.topic_update, name="topic_update"),
    path("pathways/<slug:slug>/", views.plan_update, name="plan_update"),
    path("steps/<int:step_id>/", views.step_update, name="step_update"),
    path("export.<str:fmt>", views.export, name="export"),
    path("import/", views.import_progress, name="import"),
    path("share/", views.share, name="share"),
    path("shared/<slug:token>/", views.shared, name="shared"),
    path("reset/", views.reset, name="reset"),
]
