import { describe, expect, it } from "vitest";
import { sourceHost } from "./sourceHost";

describe("sourceHost", () => {
  it("names a source by its host", () => {
    expect(sourceHost("https://www.tbench.ai/leaderboard")).toBe("tbench.ai");
    expect(sourceHost("https://news.smol.ai/issues/26-02-18-not-much")).toBe("news.smol.ai");
    expect(sourceHost("not a url")).toBe("not a url");
  });
  it("names the owner and project on a host where anyone publishes (helper-75: \"Publisher: github.com\" for LMArena's history)", () => {
    expect(sourceHost("https://github.com/nakasyou/lmarena-history")).toBe("github.com/nakasyou/lmarena-history");
    expect(sourceHost("https://github.com/epoch-research/benchmark-stitching/blob/main/data.csv")).toBe("github.com/epoch-research/benchmark-stitching");
    expect(sourceHost("https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard")).toBe("huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard");
    expect(sourceHost("https://huggingface.co/meta-llama/Llama-3.1-8B")).toBe("huggingface.co/meta-llama/Llama-3.1-8B");
    // Too short a path to name a project: the host, as before.
    expect(sourceHost("https://github.com/nakasyou")).toBe("github.com");
    expect(sourceHost("https://gitlab.com/nakasyou")).toBe("gitlab.com");
  });
  it("names a GitLab project inside subgroups: the path up to /-/, or up to an older URL's route", () => {
    expect(sourceHost("https://gitlab.com/group/subgroup/project")).toBe("gitlab.com/group/subgroup/project");
    expect(sourceHost("https://gitlab.com/group/subgroup/project/-/blob/main/results.csv")).toBe("gitlab.com/group/subgroup/project");
    expect(sourceHost("https://gitlab.com/group/project/-/raw/main/x.csv")).toBe("gitlab.com/group/project");
    expect(sourceHost("https://gitlab.com/group/sub/project/blob/main/x.csv")).toBe("gitlab.com/group/sub/project");
    expect(sourceHost("https://gitlab.com/group/-/issues")).toBe("gitlab.com");
  });
  it("keeps a segment with a malformed escape as written, and names the source by its host all the same", () => {
    expect(sourceHost("https://github.com/own%ZZer/project/blob/main/x.csv")).toBe("github.com/own%ZZer/project");
    expect(sourceHost("https://huggingface.co/meta-llama/Llama%E9%203")).toBe("huggingface.co/meta-llama/Llama%E9%203");
    expect(sourceHost("https://huggingface.co/meta-llama/Llama%203")).toBe("huggingface.co/meta-llama/Llama 3");
    expect(sourceHost("https://www.tbench.ai/%ZZ")).toBe("tbench.ai");
  });
});
