"""The HTML pages, one module per page as `app.api.routes` is, each page's view model beside it
(`compare.py` and `compare_view.py`). A page reads through the store's use cases (the API's own),
shapes the result with its view model, and renders one template; each names its JSON twin.

Routes are sync (`def`): they run in FastAPI's threadpool, as the API's do, so a comparison
never blocks the event loop.
"""

from __future__ import annotations

from fastapi import APIRouter

from app.web.pages import (
    compare,
    corrections,
    matrix,
    overview,
    redline,
    search,
    signin,
    timeline,
    upload,
    version,
)

router = APIRouter(include_in_schema=False)
for page in (
    overview,
    timeline,
    version,
    corrections,
    compare,
    redline,
    matrix,
    search,
    upload,
    signin,
):
    router.include_router(page.router)
