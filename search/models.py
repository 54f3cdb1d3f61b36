from django.db import models


class IndexGeneration(models.Model):
    """A counter that goes up whenever anything search results depend on
    changes (see ``search.cache``). One row; kept in the database so every
    web process sees the same value."""

    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "search index generation"

    def __str__(self) -> str:
        return f"Search index generation {self.value}"
