import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/idea-form/define.js';
import { writeDraft } from '../src/components/idea-form/draft-storage.js';
import {
  DEFAULT_FORM_TIMINGS,
  type IdeaErrorDetail,
  type IdeaSubmittedDetail,
  type QuartierIdeaForm,
} from '../src/components/idea-form/idea-form.js';
import { emptyIdeaValues, type IdeaValues } from '../src/data/idea.js';

// Relative to this file, so the same URL works in Storybook (dev and build) and in the test runner.
const SCHOENEFELD = new URL('./fixtures/schoenefeld.json', import.meta.url).href;

/** The element's attributes, named as in a page's HTML. */
interface IdeaFormArgs {
  action: string;
  'privacy-url': string;
  src: string;
  location: 'address' | 'none';
  'no-draft': boolean;
  topics: string;
  lang: string;
  'heading-level': number;
  /** Storybook fills these from the manifest's `@fires`; they log to the Actions panel. */
  onQuartierIdeaSubmitted?: (detail: IdeaSubmittedDetail) => void;
  onQuartierIdeaError?: (detail: IdeaErrorDetail) => void;
}

/** What a story's page does once the element exists: a simulated receiver, a draft, a click. */
type Setup = (el: QuartierIdeaForm) => void;

/**
 * Stories have no receiver: a stand-in answers the way the reference receiver
 * does (docs/receiver.md). Tests run the form against the real one.
 */
const answer =
  (status: number, body: unknown, delayMs = 600, headers: Record<string, string> = {}) =>
  (): Promise<Response> =>
    new Promise((resolve) =>
      setTimeout(
        () =>
          resolve(
            new Response(JSON.stringify(body), {
              status,
              headers: { 'content-type': 'application/json', ...headers },
            }),
          ),
        delayMs,
      ),
    );
const accepted = answer(201, { id: 'beispiel', reference: 'Q-2026-7KX3M' });
const neverAnswers = () => new Promise<Response>(() => undefined);
const unreachable = () => Promise.reject(new TypeError('Failed to fetch'));

/** A draft as if someone had started writing a while ago (so the 3 s rule does not hold it back). */
function draftFor(action: string, values: Partial<IdeaValues>): void {
  const { consent: _consent, website: _website, ...kept } = { ...emptyIdeaValues(), ...values };
  writeDraft(action, {
    values: kept,
    savedAt: Date.now() - 5 * 60_000,
    startedAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  });
}

const EXAMPLE: Partial<IdeaValues> = {
  title: 'Bänke am Stannebeinplatz',
  description:
    'Am Stannebeinplatz fehlen Sitzgelegenheiten im Schatten. Viele ältere Menschen kommen hier auf dem Weg zum Markt vorbei und würden gern eine Pause machen.',
  address: 'Stannebeinplatz',
};

const configured = new WeakSet<Element>();

const form = (
  args: IdeaFormArgs,
  setup?: Setup,
  content: TemplateResult | typeof nothing = nothing,
) =>
  html`<quartier-idea-form
    action=${args.action}
    privacy-url=${args['privacy-url']}
    src=${args.src || nothing}
    location=${args.location}
    topics=${args.topics || nothing}
    lang=${args.lang || nothing}
    heading-level=${args['heading-level']}
    ?no-draft=${args['no-draft']}
    @quartier-idea-submitted=${(event: CustomEvent<IdeaSubmittedDetail>) =>
      args.onQuartierIdeaSubmitted?.(event.detail)}
    @quartier-idea-error=${(event: CustomEvent<IdeaErrorDetail>) =>
      args.onQuartierIdeaError?.(event.detail)}
    ${ref((el) => {
      if (!el || configured.has(el)) return;
      configured.add(el);
      const element = el as QuartierIdeaForm;
      element.transport = accepted;
      setup?.(element);
    })}
    >${content}</quartier-idea-form
  >`;

/** Consents and sends as soon as the element has rendered, to show what follows. */
const sendOnLoad =
  (transport: typeof fetch, retryLimit = DEFAULT_FORM_TIMINGS.retryLimit): Setup =>
  (el) => {
    el.transport = transport;
    el.timings = { ...DEFAULT_FORM_TIMINGS, retryLimit, tryTimeout: 2_147_483_647 };
    void el.updateComplete.then(() => {
      // Consent is never part of a draft: the visitor ticks it, here the story does.
      el.renderRoot.querySelector<HTMLInputElement>('#consent')?.click();
      return el.requestSubmit();
    });
  };

const meta: Meta<IdeaFormArgs> = {
  title: 'Idea form',
  component: 'quartier-idea-form',
  args: {
    action: 'https://example.org/api/ideas',
    'privacy-url': 'https://example.org/datenschutz',
    src: SCHOENEFELD,
    location: 'address',
    'no-draft': false,
    topics: '',
    // Explicit, because the element otherwise takes Storybook's `<html lang="en">`.
    lang: 'de',
    'heading-level': 2,
  },
  argTypes: {
    location: { control: 'inline-radio', options: ['address', 'none'] },
  },
  render: (args) => form(args),
};

export default meta;

type Story = StoryObj<IdeaFormArgs> & { parameters?: { state?: string } };

/** Empty, as a visitor first sees it. Sending is simulated here: it always succeeds. */
export const Empty: Story = {
  args: { action: 'https://example.org/api/ideas?story=empty' },
};

/** "Idee senden" with gaps: the summary takes focus and links to each field. */
export const WithErrors: Story = {
  args: { action: 'https://example.org/api/ideas?story=errors' },
  parameters: { state: 'error-summary' },
  render: (args) => {
    draftFor(args.action, {
      title: 'x'.repeat(130),
      wantsReply: true,
    });
    return form(args, (el) => void el.updateComplete.then(() => el.reportValidity()));
  },
};

/** While the idea is on its way: the button ignores further clicks, fields are read-only. */
export const Sending: Story = {
  args: { action: 'https://example.org/api/ideas?story=sending' },
  parameters: { state: 'sending' },
  render: (args) => {
    draftFor(args.action, EXAMPLE);
    return form(args, sendOnLoad(neverAnswers));
  },
};

/** The server could not be reached (after the retries): everything is kept, "Erneut senden". */
export const FailedWithRetry: Story = {
  args: { action: 'https://example.org/api/ideas?story=failed' },
  parameters: { state: 'failure' },
  render: (args) => {
    draftFor(args.action, EXAMPLE);
    return form(args, sendOnLoad(unreachable, 0));
  },
};

/** Accepted: the thank-you with the reference number, announced and focused. */
export const Success: Story = {
  args: { action: 'https://example.org/api/ideas?story=success' },
  parameters: { state: 'success' },
  render: (args) => {
    draftFor(args.action, EXAMPLE);
    return form(args, sendOnLoad(answer(201, { id: 'beispiel', reference: 'Q-2026-7KX3M' }, 0)));
  },
};

/** For ideas that concern no particular place. */
export const WithoutLocation: Story = {
  args: { action: 'https://example.org/api/ideas?story=no-location', location: 'none' },
};

/** A draft from an earlier visit, restored with a note and "Entwurf verwerfen". */
export const RestoredDraft: Story = {
  args: { action: 'https://example.org/api/ideas?story=draft' },
  render: (args) => {
    draftFor(args.action, EXAMPLE);
    return form(args);
  },
};

/** A site with its own retention period replaces the short privacy notice (slot `notice`). */
export const OwnPrivacyNotice: Story = {
  args: { action: 'https://example.org/api/ideas?story=notice', src: '' },
  render: (args) =>
    form(
      args,
      undefined,
      html`<div slot="notice">
        <strong>Datenschutz in Kürze</strong>
        <p>
          Die Bürgerstiftung Schönefeld speichert Ihre Idee 3 Monate lang, um sie im Beirat zu
          besprechen. Danach wird sie gelöscht.
        </p>
      </div>`,
    ),
};

export const English: Story = {
  args: { action: 'https://example.org/api/ideas?story=english', lang: 'en' },
};
