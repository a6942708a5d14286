from django.contrib import admin

from accounts.forms import AdminLoginForm

# The admin's login checks a username's length like the site's own (accounts.forms).
admin.site.login_form = AdminLoginForm
