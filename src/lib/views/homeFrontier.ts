import type { FrontierPlots } from "../plots/frontierPlots";

/** The versions of the headline benchmark whose frontier plots the home page shows. */
export interface HomeFrontier {
  /** The newest version with an open-against-closed plot. */
  openClosed?: string;
  /** The newest version with a cost-to-reach plot (the newest version may report no cost yet). */
  costToReach?: string;
}

/**
 * Picks, for each frontier plot, the newest version that has one to draw: a version younger than
 * its second report day, or one without costs, would otherwise leave the home page with an empty
 * frame. `versions` are newest first (`versionsOf`).
 */
export function homeFrontierVersions(versions: readonly string[], frontierOf: (version: string) => FrontierPlots): HomeFrontier {
  return {
    openClosed: versions.find((v) => frontierOf(v).openClosed.svg !== ""),
    costToReach: versions.find((v) => frontierOf(v).costToReach.svg !== ""),
  };
}
