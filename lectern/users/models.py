from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """The institute's staff account; custom from the first migration so fields can be added later."""
