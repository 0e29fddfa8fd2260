import type { MeasuredBy } from "../../schemas/result";

/** How a result's `measured_by` reads on a badge, and what the badge's title explains. */
export const MEASURED_BY_LABELS: Record<MeasuredBy, { badge: string; title: string }> = {
  independent: { badge: "independent", title: "measured by an independent evaluator" },
  lab: { badge: "lab's claim", title: "claimed by the lab that made the model, not independently measured" },
  newsletter: { badge: "relayed", title: "relayed by a newsletter or post, without the measurement itself" },
};
