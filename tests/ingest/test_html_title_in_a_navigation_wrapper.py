"""Saved pages of blind round 197 (decision 0310): the page's `<h1>` set in a title area that
shares a wrapper with the site's top links, the wrapper named by a class that chrome's cues know
(SharePoint's `ms-breadcrumb-box`), above a content field with no heading of its own. An `<h1>`
that says the page's name as the `<title>` gives it is the title; one that says something else,
or sits in a page header landmark, stays chrome. Pages written for this test."""

from __future__ import annotations

from app.ingest.read import read_source

_BODY = (
    "<p>This chapter is for everyone who works in Wendlebury Children's Services and should be "
    "read before the detailed procedures on this site.</p>"
    "<p>The policy sets the framework for our work with children in need and children in care. "
    "Our duties come from the Children Act 1989 and the Children Act 2004.</p>"
    "<p>We want Wendlebury to be a place where every child grows up safe and loved, and where "
    "families get help early, before problems become a crisis.</p>"
)


def _page(heading: str, *, wrapper: str = "div") -> bytes:
    return (
        "<html><head><title>Policies, Values and Principles</title></head><body>"
        "<div id='titleAreaBox'>"
        f"<{wrapper} class='ms-breadcrumb-box'>"
        "<div class='ms-breadcrumb-top'><a href='/a'>Children's Services</a> "
        "<a href='/b'>Procedures Library</a> <a href='/c'>Team Sites</a></div>"
        f"<h1 id='pageTitle'><a href='/p'>{heading}</a></h1>"
        f"</{wrapper}></div>"
        "<div id='sideNavBox'><ul><li><a href='/1'>Procedures home</a></li>"
        "<li><a href='/2'>Documents</a></li><li><a href='/3'>Site contents</a></li></ul></div>"
        f"<div id='contentBox'><div class='ms-rtestate-field'>{_BODY}</div></div>"
        "</body></html>"
    ).encode()


def test_the_pages_name_in_a_title_area_beside_the_top_links_is_the_title() -> None:
    text = read_source(_page("Policies, Values and Principles"), "page.aspx.html").text
    assert text.startswith("# Policies, Values and Principles\n\n")
    assert "Procedures Library" not in text
    assert "Site contents" not in text


def test_the_same_title_area_is_read_whatever_the_case_and_spacing() -> None:
    text = read_source(_page("POLICIES,  values and Principles"), "page.html").text
    assert text.startswith("# POLICIES, values and Principles\n\n")


def test_another_heading_in_the_navigation_wrapper_stays_chrome() -> None:
    text = read_source(_page("Children's Services"), "page.html").text
    assert text.startswith("This chapter is for everyone who works in Wendlebury")


def test_the_pages_name_in_a_header_landmark_stays_chrome() -> None:
    text = read_source(_page("Policies, Values and Principles", wrapper="header"), "page.html").text
    assert text.startswith("This chapter is for everyone who works in Wendlebury")
