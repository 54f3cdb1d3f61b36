from django.urls import path

from . import views

app_name = "editorial"

urlpatterns = [
    path(
        "preview/<int:release_id>/<str:token>/",
        views.preview,
        name="preview",
    ),
]
