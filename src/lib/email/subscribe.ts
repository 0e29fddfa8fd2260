/**
 * The subscribe form: a plain HTML form that POSTs an email address to the newsletter service's
 * own sign-up URL (no script, no call from the site), set by `SUBSCRIBE` in src/config.ts. The
 * site's Content-Security-Policy lets forms post only to the site and to this URL's origin
 * (`formActionOrigin`, read by astro.config.mjs).
 */

/** The services with a known form endpoint, and `custom` for any other. */
export type SubscribeProvider = "buttondown" | "kit" | "mailchimp" | "custom";

/** What an editor sets in `SUBSCRIBE`. */
export type SubscribeConfig =
  /** Buttondown: the newsletter's username (buttondown.com/<username>). */
  | { provider: "buttondown"; account: string }
  /** Kit (ConvertKit): the numeric id of a form (Grow → Landing pages & forms). */
  | { provider: "kit"; account: string }
  /** Mailchimp: the `action` URL of the audience's embedded form (`https://<dc>.list-manage.com/subscribe/post?u=...&id=...`). */
  | { provider: "mailchimp"; url: string }
  /** Any service with an HTML form endpoint: its URL, the email field's name, extra hidden fields. */
  | { provider: "custom"; name: string; url: string; emailField: string; hidden?: Record<string, string>; unsubscribeTag?: string };

/** The form as the page writes it. */
export interface SubscribeForm {
  /** Shown under the form: "Sent by Buttondown". */
  providerName: string;
  action: string;
  method: "post";
  emailField: string;
  hidden: [string, string][];
  /** The service's unsubscribe merge tag for the email edition's footer; undefined when the service adds one itself. */
  unsubscribeTag?: string;
}

const https = (url: string, where: string): string => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`src/config.ts SUBSCRIBE: ${where} must be an https URL, found ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== "https:") throw new Error(`src/config.ts SUBSCRIBE: ${where} must be an https URL, found ${JSON.stringify(url)}`);
  return parsed.href;
};
const safeSegment = (value: string, what: string) => {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) throw new Error(`src/config.ts SUBSCRIBE: ${what} must be letters, digits, _ or -, found ${JSON.stringify(value)}`);
  return value;
};

/**
 * The form for a configured service, or undefined when none is set. Bad settings throw with what
 * was expected (the build stops on them, as on bad data).
 */
export function subscribeForm(config: SubscribeConfig | undefined): SubscribeForm | undefined {
  if (!config) return undefined;
  switch (config.provider) {
    case "buttondown":
      // Buttondown adds its own unsubscribe footer to every email.
      return { providerName: "Buttondown", action: `https://buttondown.com/api/emails/embed-subscribe/${safeSegment(config.account, "account")}`, method: "post", emailField: "email", hidden: [] };
    case "kit":
      // Kit adds its own footer (address and unsubscribe link) to every broadcast.
      return { providerName: "Kit", action: `https://app.kit.com/forms/${safeSegment(config.account, "account")}/subscriptions`, method: "post", emailField: "email_address", hidden: [] };
    case "mailchimp":
      // A "code your own" Mailchimp campaign needs the unsubscribe merge tag in the HTML.
      return { providerName: "Mailchimp", action: https(config.url, "url"), method: "post", emailField: "EMAIL", hidden: [], unsubscribeTag: "*|UNSUB|*" };
    case "custom":
      return { providerName: config.name, action: https(config.url, "url"), method: "post", emailField: safeSegment(config.emailField, "emailField"), hidden: Object.entries(config.hidden ?? {}), unsubscribeTag: config.unsubscribeTag };
  }
}

/** The origin the CSP's `form-action` must allow for the form, or undefined without one. */
export function formActionOrigin(config: SubscribeConfig | undefined): string | undefined {
  const form = subscribeForm(config);
  return form ? new URL(form.action).origin : undefined;
}
