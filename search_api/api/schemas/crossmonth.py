"""Response models of the across-months endpoints added for issue 5 (agency threads, discovered
themes); the shared ones (Agency, Thread) come from `search_api.api.schemas.core`."""

from __future__ import annotations

from pydantic import Field

from search_api.api.schemas.core import Agency, Open, Thread


class AgencyRepeated(Open):
    agency: Agency
    threads: list[Thread] = Field(description="threads of the agency (or a predecessor) that "
                                              "span more than one meeting")
    next_cursor: str | None = Field(None, description="`cursor` of the next page; null on the last")


class Phrase(Open):
    text: str = Field(description="the phrase as most often written (with diacritics)")
    folded: str = Field(description="the folded form the phrase was counted under")
    score: float = Field(description="c-TF-IDF weight of the phrase in the cluster")
    share: float = Field(description="share of the cluster's directives containing the phrase")


class TaxonomyCover(Open):
    theme: str | None = Field(None, description="the taxonomy theme tagging most members")
    share: float = Field(description="share of the members that theme tags")


class Member(Open):
    id: str
    meeting: str
    period: str | None = None
    text: str | None = None


class DiscoveredTheme(Open):
    id: str = Field(description="slug of the first label phrase + hash of the member ids")
    label: str
    phrases: list[Phrase]
    directives: int
    meetings: int
    first_seen: str | None = None
    last_seen: str | None = None
    by_period: dict[str, int] = Field(default_factory=dict, description="directives per month")
    taxonomy: TaxonomyCover
    members: list[Member]


class DiscoveryParams(Open):
    cluster_cosine: float
    min_directives: int
    min_meetings: int
    max_taxonomy_share: float
    province: str | None = Field(None, description="the jurisdiction clustered; null: all")
    since: str | None = Field(None, description="first period of the window (default: 24 months "
                              "up to the latest meeting)")
    until: str | None = None
    directives: int | None = Field(None, description="directives clustered")
    truncated: bool | None = Field(None, description="a window held more than 3,000 "
                                   "directives: its most recent were clustered")
    windows: int | None = Field(None, description="jurisdictions' windows answered (each "
                                "clustered alone)")
    stale: list[str | None] = Field(default_factory=list, description="jurisdictions answered "
                                    "as of before their latest change (being brought up to date)")
    pending: list[str | None] = Field(default_factory=list, description="jurisdictions not "
                                      "clustered yet (being clustered): ask again")


class DiscoveredThemes(Open):
    themes: list[DiscoveredTheme] = Field(description="most meetings first")
    params: DiscoveryParams
    next_cursor: str | None = Field(None, description="`cursor` of the next page; null on the last")
