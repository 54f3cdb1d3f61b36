"""Public search. A first version over releases; see docs/search.md."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.template.response import TemplateResponse

from newsroom.models import PressReleasePage

MAX_QUERY_LENGTH = 200


def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    results = PressReleasePage.objects.none()
    if query:
        results = PressReleasePage.objects.live().public().search(query, operator="and")
    paginator = Paginator(results, 10)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request, "search/search.html", {"search_query": query, "results": page}
    )
