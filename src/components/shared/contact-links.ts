/**
 * The ways to reach a person or organisation named in the data, as safe links:
 * e-mail (`mailto:`), phone (`tel:` with only digits and `+`) and website.
 * Each element lays them out in its own words; how a link is made is decided here once.
 */
import { html, type TemplateResult } from 'lit';
import { safeLinkUrl } from '../../data/urls.js';

export interface Contact {
  email?: string;
  phone?: string;
  url?: string;
}

export interface ContactLink {
  kind: 'email' | 'phone' | 'website';
  /** What the data says (the address, the number as written, the URL). */
  text: string;
  /** The link, or undefined when the value cannot be one (then it is shown as text). */
  href?: string;
}

/** The contact's links in a fixed order: e-mail, phone, website (a website that is not a safe link is left out). */
export function contactLinks(contact: Contact | undefined, base: string): ContactLink[] {
  if (!contact) return [];
  const links: ContactLink[] = [];
  const email = contact.email?.trim();
  if (email) links.push({ kind: 'email', text: email, href: safeLinkUrl(`mailto:${email}`, base) });
  const phone = contact.phone?.trim();
  if (phone) {
    const digits = phone.replace(/[^\d+]/g, '');
    links.push({
      kind: 'phone',
      text: phone,
      href: digits ? safeLinkUrl(`tel:${digits}`, base) : undefined,
    });
  }
  const url = contact.url?.trim();
  const href = url ? safeLinkUrl(url, base) : undefined;
  if (url && href) links.push({ kind: 'website', text: url, href });
  return links;
}

/** A link with `label` as its text, or the label alone when there is no safe address. */
export function renderLink(href: string | undefined, label: string): TemplateResult | string {
  return href ? html`<a href=${href}>${label}</a>` : label;
}
