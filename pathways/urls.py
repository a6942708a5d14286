from django.urls import path

from pathways import views

app_name = "pathways"

urlpatterns = [
    path("", views.pathway_list, name="list"),
    path("compare/", views.pathway_compare, name="compare"),
    path("<slug:slug>/", views.pathway_detail, name="detail"),
]
