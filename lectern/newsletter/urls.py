"""``/<language>/newsletter/…``: the sign-up endpoint and the pages email links lead to.
``/<language>/newsletter/`` itself is the NewsletterPage, served by Wagtail."""

from django.urls import path

from . import views

app_name = "newsletter"

urlpatterns = [
    path("subscribe/", views.subscribe, name="subscribe"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("preferences/<str:token>/", views.preferences, name="preferences"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
