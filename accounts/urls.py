"""Account URLs under /accounts/. No app_name: the names are Django's own auth names,
so LOGIN_URL = "login" and the password views' default success URLs just work.

The account's own pages, sign-up and its confirmation, and the login and logout forms are wrapped in
never_cache (Cache-Control: private, no-store): they are personal or carry a CSRF token, and no proxy or
browser cache may keep them.
"""

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import path
from django.views.decorators.cache import never_cache

from accounts import views as account_views
from accounts.forms import PasswordResetForm

urlpatterns = [
    path("signup/", never_cache(account_views.signup), name="signup"),
    path("signup/sent/", never_cache(account_views.signup_done), name="signup_done"),
    path("signup/confirm/", never_cache(account_views.signup_confirm), name="signup_confirm"),
    path("signup/confirm/<str:token>/", never_cache(account_views.signup_confirm_link), name="signup_confirm_link"),
    path("login/", never_cache(account_views.AccountLoginView.as_view()), name="login"),
    # POST only (Django 5); redirects to LOGOUT_REDIRECT_URL.
    path("logout/", never_cache(account_views.AccountLogoutView.as_view()), name="logout"),
    path("", never_cache(account_views.account), name="account"),
    path("delete/", never_cache(account_views.account_delete), name="account_delete"),
    path(
        "password/change/",
        never_cache(auth_views.PasswordChangeView.as_view(template_name="registration/password_change_form.html")),
        name="password_change",
    ),
    path(
        "password/change/done/",
        never_cache(auth_views.PasswordChangeDoneView.as_view(template_name="registration/password_change_done.html")),
        name="password_change_done",
    ),
    path(
        "password/reset/",
        auth_views.PasswordResetView.as_view(
            # Looks the address up and mails after the response, so a known address answers like an unknown one.
            form_class=PasswordResetForm,
            template_name="registration/password_reset_form.html",
            email_template_name="registration/password_reset_email.html",
            subject_template_name="registration/password_reset_subject.txt",
            # Links in the email use the configured site URL, never the request's Host header.
            extra_email_context={"site_url": settings.SITE_URL},
        ),
        name="password_reset",
    ),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="registration/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(template_name="registration/password_reset_confirm.html"),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(template_name="registration/password_reset_complete.html"),
        name="password_reset_complete",
    ),
]
