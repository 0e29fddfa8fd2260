import { describe, expect, it } from "vitest";
import { checkDateFormat, exampleDate, parseDateWithFormat } from "./dateFormat";

const day = (raw: string, format: string) => {
  const r = parseDateWithFormat(raw, format);
  return r.ok ? r.value.toISOString() : `no: ${r.expected}`;
};

describe("date formats of the column map", () => {
  it("reads day-first, month-first, compact, month-name and Unix dates as UTC days", () => {
    expect(day("30/11/2025", "D/M/Y")).toBe("2025-11-30T00:00:00.000Z");
    expect(day("1/2/2025", "D/M/Y")).toBe("2025-02-01T00:00:00.000Z");
    expect(day("11/30/2025", "M/D/Y")).toBe("2025-11-30T00:00:00.000Z");
    expect(day("20230508", "YYYYMMDD")).toBe("2023-05-08T00:00:00.000Z");
    expect(day("Nov 30, 2025", "MMM D, Y")).toBe("2025-11-30T00:00:00.000Z");
    expect(day("30 November 2025", "D MMM Y")).toBe("2025-11-30T00:00:00.000Z");
    expect(day("1764460800", "unix")).toBe("2025-11-30T00:00:00.000Z");
    expect(day("1764460800000", "unix_ms")).toBe("2025-11-30T00:00:00.000Z");
  });

  it("refuses dates that do not exist, two-digit years and the wrong order, with an example", () => {
    expect(day("31/2/2025", "D/M/Y")).toBe("no: a date written D/M/Y, such as 30/11/2025");
    expect(day("30/11/25", "D/M/Y")).toBe("no: a date written D/M/Y, such as 30/11/2025 (a four-digit year)");
    expect(day("11/30/2025", "D/M/Y")).toBe("no: a date written D/M/Y, such as 30/11/2025");
    expect(day("2025-11-30", "unix")).toBe("no: a date written unix, such as 1764460800");
  });

  it("checks a format before any row is read", () => {
    expect(checkDateFormat("D/M/Y")).toBeUndefined();
    expect(checkDateFormat("M/Y")).toBe('"M/Y" needs a day (D), a month (M or MMM) and a year (Y)');
    expect(exampleDate("MMM D, Y")).toBe("Nov 30, 2025");
  });
});
