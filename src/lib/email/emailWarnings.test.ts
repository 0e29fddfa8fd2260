import { describe, expect, it } from "vitest";
import { emailPublicationWarnings, type EmailPublication } from "./emailWarnings";

const base: EmailPublication = {
  siteUrl: "https://benchdigest.example.org/",
  draft: false,
  webUrl: "https://benchdigest.example.org/recaps/x/",
  images: 1,
  unpublished: 1,
  feed: { limit: 20, recaps: 9, digests: 11, oldest: "6 March 2026", hasRecap: false },
};

describe("emailPublicationWarnings", () => {
  it("says why a recap's plot images are not published: the feed's limit counts recaps and digests together", () => {
    expect(emailPublicationWarnings(base)).toEqual([
      "Its 1 plot image is not published on https://benchdigest.example.org/: plot images are published for the items of the site-wide feed only, its newest 20 recaps and weekly digests together (FEED_ITEM_LIMIT in src/config.ts; now 9 recaps and 11 digests, back to 6 March 2026), and this recap is not one of them.",
    ]);
    expect(emailPublicationWarnings({ ...base, images: 3, unpublished: 3 })[0]).toMatch(/^Its 3 plot images are not published/);
    expect(emailPublicationWarnings({ ...base, images: 3, unpublished: 1 })[0]).toMatch(/^1 of its 3 plot images is not published/);
    expect(emailPublicationWarnings({ ...base, feed: { ...base.feed, recaps: 1, digests: 1 } })[0]).toContain("now 1 recap and 1 digest,");
  });
  it("says nothing when every image is published, or there is none", () => {
    expect(emailPublicationWarnings({ ...base, unpublished: 0, feed: { ...base.feed, hasRecap: true } })).toEqual([]);
    expect(emailPublicationWarnings({ ...base, images: 0, unpublished: 0 })).toEqual([]);
  });
  it("warns that a draft's page is not built, so the email's link is a 404, with or without images", () => {
    const [draft] = emailPublicationWarnings({ ...base, draft: true, images: 0, unpublished: 0 });
    expect(draft).toBe('This recap is a draft: the site builds no page for it, so the email\'s links to https://benchdigest.example.org/recaps/x/ lead to a "page not found". Remove draft: true, build and deploy the site, then send.');
    expect(emailPublicationWarnings({ ...base, draft: true, images: 2, unpublished: 2 })[0]).toContain('"page not found" and its 2 plot images are not published.');
  });
});
