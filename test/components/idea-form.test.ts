/**
 * <quartier-idea-form> against the real reference receiver, mounted in the
 * test runner's dev server with network faults (test/server/receiver-routes.mjs;
 * run with web-test-runner.form.config.mjs). Waits are shortened through the
 * element's internal `timings`; everything else is as on a page.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { isTemplateResult, TemplateResultType } from 'lit/directive-helpers.js';
import type { StoryContext } from '@storybook/web-components-vite';
import '../../src/components/idea-form/define.js';
import {
  DEFAULT_FORM_TIMINGS,
  type IdeaErrorDetail,
  type IdeaFormTimings,
  QuartierIdeaForm,
} from '../../src/components/idea-form/idea-form.js';
import { draftKey, writeDraft } from '../../src/components/idea-form/draft-storage.js';
import { emptyIdeaValues } from '../../src/data/idea.js';
import * as stories from '../../stories/idea-form.stories.js';

const TOPICS = new URL('../fixtures/filter.json', import.meta.url).href;
const PRIVACY = 'https://example.org/datenschutz';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Short waits; the 3 s rule and retry delays are tested with their own values where it matters. */
const FAST: IdeaFormTimings = {
  ...DEFAULT_FORM_TIMINGS,
  minFillTime: 0,
  draftDelay: 100,
  retryLimit: 2,
  retryDelay: () => 50,
  maxRetryAfter: 3000,
  tryTimeout: 3000,
};

let counter = 0;
const newStore = () => `s${Date.now().toString(36)}${counter++}`;
const actionOf = (scenario: string, store: string) => `/api/ideas-test/${scenario}/${store}`;

interface StoredIdea {
  id: string;
  reference: string;
  receivedAt: string;
  title: string;
  description: string;
  topic?: string;
  location?: { address?: string };
  contact?: { name?: string; email?: string };
  wantsReply?: boolean;
  consent: boolean;
  lang: string;
  page: string;
  startedAt: string;
  website?: string;
}

const records = (store: string) =>
  executeServerCommand<StoredIdea[], { store: string }>('idea-receiver:records', { store });
const hits = (store: string) =>
  executeServerCommand<number, { store: string }>('idea-receiver:hits', { store });
const setDown = (store: string, down: boolean) =>
  executeServerCommand('idea-receiver:set-down', { store, down });
const release = (store: string) => executeServerCommand('idea-receiver:release', { store });

const shadow = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  shadow(el).querySelector<T & Element>(selector) as T | null;
const control = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, id: string) =>
  $<T>(el, `#${id}`)!;
const submitButton = (el: HTMLElement) => $<HTMLButtonElement>(el, '[part="submit"]')!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The accessible name a <label for> gives a control. */
const labelOf = (el: HTMLElement, id: string) => text($(el, `label[for="${id}"]`));
const status = (el: HTMLElement) => text($(el, '[role="status"]'));

interface FormOptions {
  action?: string;
  src?: string;
  location?: string;
  lang?: string;
  noDraft?: boolean;
  timings?: Partial<IdeaFormTimings>;
}

async function renderForm(options: FormOptions = {}): Promise<QuartierIdeaForm> {
  const el = await fixture<QuartierIdeaForm>(
    html`<quartier-idea-form
      action=${options.action ?? actionOf('ok', newStore())}
      privacy-url=${PRIVACY}
      src=${options.src ?? ''}
      location=${options.location ?? 'address'}
      lang=${options.lang ?? 'de'}
      ?no-draft=${options.noDraft ?? false}
      ><a href="mailto:ideen@example.org">ideen@example.org</a></quartier-idea-form
    >`,
  );
  el.timings = { ...FAST, ...options.timings };
  await waitUntil(() => $(el, '[aria-busy="false"]'), 'the form did not finish loading');
  return el;
}

/** Types as a person would: an input event per value. */
async function fill(el: QuartierIdeaForm, values: Record<string, string | boolean>) {
  for (const [id, value] of Object.entries(values)) {
    const input = control<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, id);
    if (typeof value === 'boolean') {
      if ((input as HTMLInputElement).checked !== value) input.click();
    } else {
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    }
    await el.updateComplete;
  }
}

const VALID = {
  title: 'Bank am Stannebeinplatz',
  description: 'Eine Sitzbank im Schatten, für ältere Menschen auf dem Weg zum Markt.',
  consent: true,
};

async function waitForPhase(el: HTMLElement, part: 'success' | 'failure' | 'error-summary') {
  await waitUntil(() => $(el, `[part="${part}"]`), `no ${part} shown`, { timeout: 8000 });
}

afterEach(() => {
  for (const key of Object.keys(localStorage))
    if (key.startsWith('quartier:draft:')) localStorage.removeItem(key);
});

describe('<quartier-idea-form>', () => {
  describe('fields', () => {
    it('labels native controls as the contract says, with hints and autocomplete tokens; accessible', async () => {
      const el = await renderForm({ src: TOPICS });
      expect(labelOf(el, 'title')).to.equal('Titel');
      expect(labelOf(el, 'description')).to.equal('Beschreibung');
      expect(labelOf(el, 'topic')).to.equal('Thema');
      expect(labelOf(el, 'address')).to.equal('Ort');
      expect(labelOf(el, 'name')).to.equal('Name');
      expect(labelOf(el, 'email')).to.equal('E-Mail');
      expect(labelOf(el, 'wantsReply')).to.equal('Ich möchte eine Antwort');
      expect(labelOf(el, 'consent')).to.contain('Datenschutzhinweise');
      expect(text(submitButton(el))).to.equal('Idee senden');

      expect(control(el, 'title').localName).to.equal('input');
      expect(control(el, 'description').localName).to.equal('textarea');
      expect(control(el, 'topic').localName).to.equal('select');
      expect(control(el, 'name').autocomplete).to.equal('name');
      expect(control(el, 'email').autocomplete).to.equal('email');
      expect(control(el, 'email').type).to.equal('email');
      // A place in the neighbourhood, not the person's home address.
      expect(control(el, 'address').autocomplete).to.equal('off');
      expect(control(el, 'title').required).to.be.true;
      expect(control(el, 'email').required).to.be.false;
      expect(control(el, 'title').getAttribute('aria-describedby')).to.equal('title-hint');

      const link = $<HTMLAnchorElement>(el, 'label[for="consent"] a')!;
      expect(link.href).to.equal(PRIVACY);
      expect(text(link)).to.contain('Datenschutzhinweise');
      expect(control(el, 'consent').getAttribute('aria-describedby')).to.equal('notice');
      expect(text($(el, '#notice'))).to.contain('Art. 6 Abs. 1 lit. a DSGVO');
      expect(text($(el, '#notice'))).to.contain('spätestens nach 6 Monaten');
      await expect(el).to.be.accessible();
    });

    it('offers the topics of `src`, narrowed by `topics`, in the page language', async () => {
      const el = await fixture<QuartierIdeaForm>(
        html`<quartier-idea-form
          action="/api/ideas"
          privacy-url=${PRIVACY}
          src=${TOPICS}
          topics="bildung inklusion"
        ></quartier-idea-form>`,
      );
      await waitUntil(() => shadow(el).querySelectorAll('#topic option').length > 1);
      const options = [...shadow(el).querySelectorAll('#topic option')].map(text);
      expect(options).to.deep.equal(['Kein bestimmtes Thema', 'Bildung', 'Inklusion']);
    });

    it('marks a topic named only in German as German in an English form (WCAG 3.1.2)', async () => {
      const el = await fixture<QuartierIdeaForm>(
        html`<quartier-idea-form
          lang="en"
          action="/api/ideas"
          privacy-url=${PRIVACY}
          src=${new URL('../fixtures/german-only.json', import.meta.url).href}
        ></quartier-idea-form>`,
      );
      await waitUntil(() => shadow(el).querySelectorAll('#topic option').length > 2);
      const option = (id: string) => $(el, `#topic option[value="${id}"]`)!;
      expect(option('begegnung').getAttribute('lang')).to.equal('de');
      expect(text(option('bildung'))).to.equal('Education');
      expect(option('bildung').hasAttribute('lang')).to.equal(false);
    });

    it('has no "Ort" with location="none" and no "Thema" without a data source', async () => {
      const el = await renderForm({ location: 'none' });
      expect($(el, '#address')).to.equal(null);
      expect($(el, '#topic')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('keeps the form usable when the topic source fails, with "Erneut versuchen"', async () => {
      const el = await renderForm({ src: `/__responder/not-found?key=form-${newStore()}` });
      await waitUntil(() => text($(el, '#topic-hint')).includes('nicht geladen'));
      expect(text($(el, '[part="field"] button'))).to.equal('Erneut versuchen');
      expect(control(el, 'title').disabled).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('hides the honeypot from people and assistive technology', async () => {
      const el = await renderForm();
      const honeypot = control(el, 'website');
      const wrapper = honeypot.closest('.honeypot')!;
      expect(wrapper.getAttribute('aria-hidden')).to.equal('true');
      expect(wrapper.hasAttribute('inert')).to.be.true;
      expect(honeypot.tabIndex).to.equal(-1);
      const box = wrapper.getBoundingClientRect();
      expect(box.right).to.be.below(0);
    });

    it('speaks English with lang="en"', async () => {
      const el = await renderForm({ lang: 'en', src: TOPICS });
      await waitUntil(() => labelOf(el, 'title') === 'Title');
      expect(labelOf(el, 'email')).to.equal('Email');
      expect(text(submitButton(el))).to.equal('Send idea');
      await waitUntil(() => text($(el, '#topic')).includes('Education'));
      await expect(el).to.be.accessible();
    });
  });

  describe('validation', () => {
    it('on submit: a focused error summary linking each field, inline messages, aria-invalid; accessible', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('ok', store) });
      submitButton(el).click();
      await waitForPhase(el, 'error-summary');
      const summary = $(el, '[part="error-summary"]')!;
      expect(shadow(el).activeElement).to.equal(summary);
      expect(text(summary.querySelector('[role="heading"]'))).to.equal(
        'Bitte prüfen Sie 3 Angaben',
      );
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        '#title',
        '#description',
        '#consent',
      ]);
      expect(text(links[0])).to.equal('Bitte geben Sie einen Titel ein.');
      const title = control(el, 'title');
      expect(title.getAttribute('aria-invalid')).to.equal('true');
      expect(title.getAttribute('aria-describedby')).to.equal('title-hint title-error');
      expect(text($(el, '#title-error'))).to.equal('Bitte geben Sie einen Titel ein.');
      expect(text($(el, '#consent-error'))).to.contain('Datenschutzhinweise');
      expect(await hits(store)).to.equal(0);
      await expect(el).to.be.accessible();

      links[1].click();
      expect(shadow(el).activeElement).to.equal(control(el, 'description'));
    });

    it('checks a field again when it loses focus after the first attempt', async () => {
      const el = await renderForm();
      submitButton(el).click();
      await waitForPhase(el, 'error-summary');
      control(el, 'title').focus();
      await fill(el, { title: 'Trinkbrunnen' });
      // Still shown while typing: the message does not jump away under the cursor.
      expect($(el, '#title-error')).to.not.equal(null);
      control(el, 'description').focus();
      await waitUntil(() => $(el, '#title-error') === null, 'title error stayed');
      expect(control(el, 'title').getAttribute('aria-invalid')).to.equal('false');
      expect(text($(el, '[part="error-summary"] [role="heading"]'))).to.equal(
        'Bitte prüfen Sie 2 Angaben',
      );
    });

    it('requires an e-mail address only with "Ich möchte eine Antwort", and checks its form', async () => {
      const el = await renderForm();
      await fill(el, { ...VALID, wantsReply: true });
      expect(control(el, 'email').required).to.be.true;
      expect(text($(el, '#email-hint'))).to.contain('um Ihnen zu antworten');
      submitButton(el).click();
      await waitForPhase(el, 'error-summary');
      expect(text($(el, '#email-error'))).to.contain('damit wir antworten können');
      await fill(el, { email: 'name@' });
      submitButton(el).click();
      await waitUntil(() => text($(el, '#email-error')).includes('name@beispiel.de'));
      await fill(el, { email: '', wantsReply: false });
      submitButton(el).click();
      await waitForPhase(el, 'success');
    });

    it('counts the description, announces politely near the limit, and never cuts text off', async () => {
      const el = await renderForm();
      const counter = $(el, '[part="counter"]')!;
      expect(text(counter)).to.equal('Noch 4.000 von 4.000 Zeichen');
      const live = $(el, '[aria-live="polite"]:not([role])')!;
      await fill(el, { description: 'x'.repeat(100) });
      expect(text(live)).to.equal('');
      await fill(el, { description: 'x'.repeat(3990) });
      expect(text(counter)).to.equal('Noch 10 von 4.000 Zeichen');
      expect(text(live)).to.equal('Noch 10 Zeichen übrig.');
      await fill(el, { description: 'x'.repeat(4012) });
      expect(control(el, 'description').value).to.have.length(4012);
      expect(text(counter)).to.equal('12 Zeichen zu viel');
      expect(text(live)).to.equal('12 Zeichen zu viel. Bitte kürzen Sie den Text.');
      await fill(el, { title: 'Lang', consent: true });
      submitButton(el).click();
      await waitForPhase(el, 'error-summary');
      expect(text($(el, '#description-error'))).to.equal(
        'Beschreibung: 12 Zeichen zu viel. Bitte kürzen Sie auf höchstens 4.000 Zeichen.',
      );
    });

    it('holds back a send sooner than the minimum time after the first input, kindly', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('ok', store), timings: { minFillTime: 600 } });
      await fill(el, VALID);
      submitButton(el).click();
      await waitUntil(() => text($(el, '.actions')).includes('Das ging aber schnell'));
      expect(await hits(store)).to.equal(0);
      await new Promise((resolve) => setTimeout(resolve, 650));
      submitButton(el).click();
      await waitForPhase(el, 'success');
      expect(await records(store)).to.have.length(1);
    });

    it('holds back 3 s by default', () => {
      expect(DEFAULT_FORM_TIMINGS.minFillTime).to.equal(3000);
      expect(DEFAULT_FORM_TIMINGS.draftDelay).to.be.at.most(500);
    });
  });

  describe('sending', () => {
    it('sends SPEC §5 JSON with the id as Idempotency-Key, thanks with the reference; accessible', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('ok', store), src: TOPICS });
      await waitUntil(() => shadow(el).querySelectorAll('#topic option').length > 1);
      await fill(el, {
        ...VALID,
        topic: 'inklusion',
        address: 'Stannebeinplatz',
        name: 'Aylin K.',
        email: 'aylin@example.org',
        wantsReply: true,
      });
      const submitted = oneEvent(el, 'quartier-idea-submitted');
      submitButton(el).click();
      const { detail } = await submitted;
      const [stored] = await records(store);
      expect(detail).to.deep.equal({ id: stored.id, reference: stored.reference });
      expect(stored.id).to.match(UUID_V4);
      expect(stored.reference).to.match(/^Q-\d{4}-[2-9A-Z]{5}$/);
      expect(stored).to.include({
        title: VALID.title,
        description: VALID.description,
        topic: 'inklusion',
        wantsReply: true,
        consent: true,
        lang: 'de',
        page: `${location.origin}${location.pathname}`,
      });
      expect(stored.location).to.deep.equal({ address: 'Stannebeinplatz' });
      expect(stored.contact).to.deep.equal({ name: 'Aylin K.', email: 'aylin@example.org' });
      expect(Date.parse(stored.startedAt)).to.be.below(Date.parse(stored.receivedAt));
      expect(stored).to.not.have.property('website');

      await el.updateComplete;
      const success = $(el, '[part="success"]')!;
      expect(text(success)).to.contain('Vielen Dank für Ihre Idee!');
      expect(text(success.querySelector('.reference'))).to.equal(stored.reference);
      expect(shadow(el).activeElement).to.equal(success);
      await waitUntil(() => status(el).includes(stored.reference), 'success not announced');
      expect(localStorage.getItem(draftKey(el.action))).to.equal(null);
      await expect(el).to.be.accessible();

      $<HTMLButtonElement>(el, '[part="success"] button')!.click();
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(control(el, 'title'));
      expect(control(el, 'title').value).to.equal('');
    });

    it('retries a 500 with the same key: one record', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('flaky', store) });
      await fill(el, VALID);
      submitButton(el).click();
      await waitForPhase(el, 'success');
      expect(await hits(store)).to.equal(2);
      expect(await records(store)).to.have.length(1);
    });

    it('stores once when the first answer is lost after storing (same key on the retry)', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('lost-answer', store) });
      await fill(el, VALID);
      const submitted = oneEvent(el, 'quartier-idea-submitted');
      submitButton(el).click();
      const { detail } = await submitted;
      const stored = await records(store);
      expect(stored).to.have.length(1);
      expect(detail.reference).to.equal(stored[0].reference);
      expect(await hits(store)).to.equal(2);
    });

    it('gets through when the server comes back during the retries', async () => {
      const store = newStore();
      await setDown(store, true);
      const el = await renderForm({
        action: actionOf('down', store),
        timings: { retryLimit: 5, retryDelay: () => 200 },
      });
      await fill(el, VALID);
      submitButton(el).click();
      await waitUntil(async () => (await hits(store)) >= 1, 'nothing arrived');
      await setDown(store, false);
      await waitForPhase(el, 'success');
      expect(await records(store)).to.have.length(1);
    });

    it('server down: says so, keeps everything, and "Erneut senden" sends once it is up; accessible', async () => {
      const store = newStore();
      await setDown(store, true);
      const el = await renderForm({ action: actionOf('down', store) });
      await fill(el, VALID);
      const failed = oneEvent(el, 'quartier-idea-error');
      submitButton(el).click();
      const { detail } = (await failed) as CustomEvent<IdeaErrorDetail>;
      expect(detail.status).to.equal(0);
      expect(detail.id).to.match(UUID_V4);
      // Every try arrived (Chrome may add one of its own on a dropped keep-alive connection).
      expect(await hits(store)).to.be.at.least(1 + FAST.retryLimit);
      await el.updateComplete;
      const failure = $(el, '[part="failure"]')!;
      expect(failure.getAttribute('role')).to.equal('alert');
      expect(text(failure)).to.contain('Der Server ist gerade nicht erreichbar.');
      expect(text(failure)).to.contain('auf diesem Gerät gespeichert');
      expect(control(el, 'title').value).to.equal(VALID.title);
      await expect(el).to.be.accessible();

      await setDown(store, false);
      const submitted = oneEvent(el, 'quartier-idea-submitted');
      const resend = failure.querySelector('button')!;
      expect(text(resend)).to.equal('Erneut senden');
      resend.click();
      const done = await submitted;
      expect(done.detail.id).to.equal(detail.id);
      expect(await records(store)).to.have.length(1);
    });

    it('waits as long as Retry-After says (429), then sends', async () => {
      const store = newStore();
      const first = await renderForm({ action: actionOf('limited', store) });
      await fill(first, VALID);
      submitButton(first).click();
      await waitForPhase(first, 'success');
      const second = await renderForm({ action: actionOf('limited', store) });
      await fill(second, { ...VALID, title: 'Zweite Idee' });
      const started = performance.now();
      submitButton(second).click();
      await waitForPhase(second, 'success');
      expect(performance.now() - started).to.be.above(900);
      expect(await hits(store)).to.equal(3);
      expect((await records(store)).map((idea) => idea.title)).to.deep.equal([
        VALID.title,
        'Zweite Idee',
      ]);
    });

    it('does not wait for a long Retry-After: says when to try again; accessible', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('busy', store) });
      await fill(el, VALID);
      const failed = oneEvent(el, 'quartier-idea-error');
      submitButton(el).click();
      expect((await failed).detail.status).to.equal(429);
      await el.updateComplete;
      expect(text($(el, '[part="failure"]'))).to.contain('in 2 Minuten noch einmal');
      expect(await hits(store)).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('puts the receiver’s 422 field errors on the fields', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('strict', store) });
      await fill(el, {
        ...VALID,
        title: 'Werbung für meinen Laden',
        email: 'jemand@example.invalid',
      });
      const failed = oneEvent(el, 'quartier-idea-error');
      submitButton(el).click();
      expect((await failed).detail.status).to.equal(422);
      await waitForPhase(el, 'error-summary');
      expect(shadow(el).activeElement).to.equal($(el, '[part="error-summary"]'));
      expect(text($(el, '#title-error'))).to.equal('Bitte keine Werbung im Titel.');
      expect(text($(el, '#email-error'))).to.contain('name@beispiel.de');
      expect(control(el, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(await records(store)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('does not retry a 413 and asks to shorten', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('small', store) });
      await fill(el, { ...VALID, description: VALID.description.repeat(5) });
      const failed = oneEvent(el, 'quartier-idea-error');
      submitButton(el).click();
      expect((await failed).detail.status).to.equal(413);
      await el.updateComplete;
      expect(text($(el, '[part="failure"]'))).to.contain('Bitte kürzen Sie die Beschreibung');
      expect(await hits(store)).to.equal(1);
      expect(control(el, 'description').value).to.equal(VALID.description.repeat(5));
    });

    it('ignores a second click and Enter while sending; accessible while sending', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('held', store) });
      await fill(el, VALID);
      submitButton(el).click();
      await waitUntil(() => submitButton(el).getAttribute('aria-disabled') === 'true');
      submitButton(el).click();
      submitButton(el).click();
      control(el, 'title').focus();
      await sendKeys({ press: 'Enter' });
      expect(control(el, 'title').readOnly).to.be.true;
      expect(text($(el, '.actions'))).to.contain('Ihre Idee wird gesendet');
      await expect(el).to.be.accessible();
      await waitUntil(async () => (await hits(store)) === 1);
      await release(store);
      await waitForPhase(el, 'success');
      expect(await hits(store)).to.equal(1);
      expect(await records(store)).to.have.length(1);
    });

    it('takes concurrent submissions from several forms, each once', async () => {
      const store = newStore();
      const forms = await Promise.all(
        [1, 2, 3].map(() => renderForm({ action: actionOf('ok', store) })),
      );
      await Promise.all(forms.map((form, i) => fill(form, { ...VALID, title: `Idee ${i + 1}` })));
      for (const form of forms) submitButton(form).click();
      await Promise.all(forms.map((form) => waitForPhase(form, 'success')));
      const stored = await records(store);
      expect(stored.map((idea) => idea.title).sort()).to.deep.equal(['Idee 1', 'Idee 2', 'Idee 3']);
      expect(new Set(stored.map((idea) => idea.reference)).size).to.equal(3);
    });

    it('answers a filled honeypot with seeming success and stores nothing', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('ok', store) });
      await fill(el, { ...VALID, website: 'https://spam.example' });
      submitButton(el).click();
      await waitForPhase(el, 'success');
      expect(await hits(store)).to.equal(1);
      expect(await records(store)).to.have.length(0);
    });
  });

  describe('never losing anything', () => {
    it('saves the draft within 500 ms of an input, even while someone types without pause', async () => {
      const el = await renderForm({ timings: { draftDelay: DEFAULT_FORM_TIMINGS.draftDelay } });
      const key = draftKey(el.action);
      let firstInput: number | undefined;
      let savedAt: number | undefined;
      el.shadowRoot!.addEventListener('input', () => (firstInput ??= performance.now()));
      const watch = setInterval(() => {
        if (savedAt === undefined && localStorage.getItem(key)) savedAt = performance.now();
      }, 10);
      try {
        control(el, 'title').focus();
        // A keystroke about every 50 ms for over a second: a debounce would never save.
        const start = performance.now();
        while (performance.now() - start < 1200) {
          await sendKeys({ type: 'a' });
          await new Promise((resolve) => setTimeout(resolve, 40));
        }
      } finally {
        clearInterval(watch);
      }
      expect(savedAt, 'draft saved while typing').to.not.equal(undefined);
      expect(savedAt! - firstInput!).to.be.at.most(500);
    });

    it('restores the draft after a reload mid-typing, with a note and "Entwurf verwerfen"; accessible', async () => {
      const action = actionOf('ok', newStore());
      const first = await renderForm({ action });
      control(first, 'title').focus();
      await sendKeys({ type: 'Spielplatz' });
      control(first, 'description').focus();
      await sendKeys({ type: 'Mehr Schatten bitte' });
      await fill(first, { consent: true });
      await waitUntil(() => localStorage.getItem(draftKey(action))?.includes('Schatten'));
      first.remove();

      const second = await renderForm({ action });
      expect(control(second, 'title').value).to.equal('Spielplatz');
      expect(control(second, 'description').value).to.equal('Mehr Schatten bitte');
      // Consent is given anew each time, never restored.
      expect(control(second, 'consent').checked).to.be.false;
      const note = $(second, '[part="draft-note"]')!;
      expect(text(note)).to.contain('wiederhergestellt');
      expect(text(note)).to.contain('nur auf diesem Gerät');
      await expect(second).to.be.accessible();

      const discard = note.querySelector('button')!;
      expect(text(discard)).to.equal('Entwurf verwerfen');
      discard.click();
      await second.updateComplete;
      expect(control(second, 'title').value).to.equal('');
      expect(localStorage.getItem(draftKey(action))).to.equal(null);
      expect(text($(second, '[part="draft-note"]'))).to.contain('verworfen');
      expect(shadow(second).activeElement).to.equal($(second, '#undo-discard'));
      $<HTMLButtonElement>(second, '#undo-discard')!.click();
      await second.updateComplete;
      expect(control(second, 'title').value).to.equal('Spielplatz');
      expect(localStorage.getItem(draftKey(action))).to.contain('Spielplatz');
    });

    it('keeps the submission id across a reload during sending: the idea is stored once', async () => {
      const store = newStore();
      const action = actionOf('held', store);
      const first = await renderForm({ action });
      await fill(first, VALID);
      submitButton(first).click();
      await waitUntil(async () => (await hits(store)) === 1);
      // The page goes away while the first try is still on its way.
      first.remove();

      const second = await renderForm({ action });
      expect(control(second, 'title').value).to.equal(VALID.title);
      await fill(second, { consent: true });
      const submitted = oneEvent(second, 'quartier-idea-submitted');
      submitButton(second).click();
      await waitUntil(async () => (await hits(store)) === 2);
      // Both tries now reach the receiver at once, with the same key.
      await release(store);
      const { detail } = await submitted;
      const stored = await records(store);
      expect(stored).to.have.length(1);
      expect(detail).to.deep.equal({ id: stored[0].id, reference: stored[0].reference });
    });

    it('keeps no draft with `no-draft`', async () => {
      const el = await renderForm({ noDraft: true, timings: { draftDelay: 0 } });
      await fill(el, VALID);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(localStorage.getItem(draftKey(el.action))).to.equal(null);
      expect(text($(el, 'form'))).to.not.contain('auf diesem Gerät');
    });

    it('offline: says so, keeps everything, sends once back online; accessible', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('ok', store) });
      const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        window.dispatchEvent(new Event('offline'));
        await el.updateComplete;
        expect(text($(el, '.offline'))).to.contain('Sie sind offline');
        await fill(el, VALID);
        submitButton(el).click();
        await waitForPhase(el, 'failure');
        expect(text($(el, '[part="failure"]'))).to.contain('sobald die Verbindung wieder besteht');
        expect(await hits(store)).to.equal(0);
        expect(control(el, 'description').value).to.equal(VALID.description);
        await expect(el).to.be.accessible();
      } finally {
        Object.defineProperty(navigator, 'onLine', onLine);
        delete (navigator as { onLine?: boolean }).onLine;
      }
      window.dispatchEvent(new Event('online'));
      await waitForPhase(el, 'success');
      expect(await records(store)).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    it('works from first field to thank-you by keyboard alone; focus is never lost', async () => {
      const store = newStore();
      const el = await renderForm({ action: actionOf('ok', store), location: 'none' });
      const focused = () => shadow(el).activeElement?.id;
      control(el, 'title').focus();
      await sendKeys({ type: 'Nachbarschaftsfest' });
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('description');
      await sendKeys({ type: 'Ein Fest für alle im Hof.' });
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('name');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('wantsReply');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('email');
      await sendKeys({ press: 'Tab' });
      expect(focused()).to.equal('consent');
      // Submitting without consent: the summary takes focus and leads back.
      await sendKeys({ press: 'Enter' });
      await waitForPhase(el, 'error-summary');
      expect(shadow(el).activeElement).to.equal($(el, '[part="error-summary"]'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('href')).to.equal('#consent');
      await sendKeys({ press: 'Enter' });
      expect(focused()).to.equal('consent');
      await sendKeys({ press: 'Space' });
      expect(control(el, 'consent').checked).to.be.true;
      await sendKeys({ press: 'Tab' });
      // The link to the privacy notice sits in the consent label.
      expect(shadow(el).activeElement?.localName).to.equal('a');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(submitButton(el));
      await sendKeys({ press: 'Enter' });
      await waitForPhase(el, 'success');
      expect(shadow(el).activeElement).to.equal($(el, '[part="success"]'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(focused()).to.equal('title');
      expect(await records(store)).to.have.length(1);
    });
  });

  describe('the audit of issue 16', () => {
    it('defect 8: the error summary is an alert named by its heading and still takes focus', async () => {
      const el = await renderForm();
      submitButton(el).click();
      await waitForPhase(el, 'error-summary');
      const summary = $(el, '[part="error-summary"]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(text($(el, `#${summary.getAttribute('aria-labelledby')}`))).to.equal(
        'Bitte prüfen Sie 3 Angaben',
      );
      expect(shadow(el).activeElement).to.equal(summary);
      await expect(el).to.be.accessible();
    });

    it('defect 8: the thank-you box is a region named by its heading and takes focus', async () => {
      const el = await renderForm();
      await fill(el, VALID);
      submitButton(el).click();
      await waitForPhase(el, 'success');
      const success = $(el, '[part="success"]')!;
      // Not a live region: the announcer already says that the idea was sent, once.
      expect(success.getAttribute('role')).to.equal('region');
      expect(text($(el, `#${success.getAttribute('aria-labelledby')}`))).to.equal(
        text(success.querySelector('[role="heading"]')),
      );
      await waitUntil(() => shadow(el).activeElement === success, 'focus did not move');
      await expect(el).to.be.accessible();
    });

    it('defect 8: discarding the draft is announced', async () => {
      const action = actionOf('ok', newStore());
      const first = await renderForm({ action });
      await fill(first, { title: 'Spielplatz' });
      await waitUntil(() => localStorage.getItem(draftKey(action))?.includes('Spielplatz'));
      first.remove();
      const el = await renderForm({ action });
      $(el, '[part="draft-note"] button')!.click();
      await el.updateComplete;
      expect(status(el)).to.equal('Der Entwurf wurde verworfen.');
      expect(shadow(el).activeElement).to.equal($(el, '#undo-discard'));
    });
  });

  describe('without action', () => {
    it('shows the fallback and says what is missing instead of sending', async () => {
      const el = await fixture<QuartierIdeaForm>(
        html`<quartier-idea-form privacy-url=${PRIVACY}
          ><a href="mailto:ideen@example.org">ideen@example.org</a></quartier-idea-form
        >`,
      );
      el.timings = FAST;
      expect(shadow(el).querySelector('slot:not([name])')).to.not.equal(null);
      await fill(el, VALID);
      submitButton(el).click();
      await waitForPhase(el, 'failure');
      expect(text($(el, '[part="failure"]'))).to.contain('nicht vollständig eingerichtet');
    });
  });
});

describe('<quartier-idea-form> before its view arrives', () => {
  /**
   * A definition whose view comes only when `arrive()` is called, as define.ts fetches it when
   * the element is shown; mounted by hand, as `fixture()` waits for the view.
   */
  function waitingForm(tag: string, attributes: Record<string, string>) {
    let arrive!: () => void;
    const gate = new Promise<void>((resolve) => (arrive = resolve));
    let requests = 0;
    class WaitingForm extends QuartierIdeaForm {
      // Not the view another form of the page may have fetched already.
      static override view = undefined;
    }
    WaitingForm.viewFrom(() => {
      requests++;
      return gate
        .then(() => import('../../src/components/idea-form/idea-form.view.js'))
        .then((module) => module.ideaFormView);
    });
    customElements.define(tag, WaitingForm);
    const el = document.createElement(tag) as WaitingForm;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.timings = FAST;
    document.body.append(el);
    return { el, arrive, requests: () => requests };
  }

  const draft = (action: string, title: string) =>
    writeDraft(action, {
      values: { ...emptyIdeaValues(), title },
      savedAt: Date.now(),
    });

  it("holds its attributes and none of the form's own controllers; reportValidity() waits, then checks the restored draft", async () => {
    const action = actionOf('ok', newStore());
    draft(action, 'Spielplatz');
    const { el, arrive, requests } = waitingForm('test-waiting-idea-form', {
      action,
      'privacy-url': PRIVACY,
      location: 'none',
      'heading-level': '3',
    });
    try {
      await waitUntil(() => el.hasUpdated && requests() === 1, 'the view was not asked for');
      expect([el.action, el.privacyUrl, el.location, el.headingLevel]).to.deep.equal([
        action,
        PRIVACY,
        'none',
        3,
      ]);
      // The send, the draft, the counter, the network and the fields come with the view.
      const early = ['submission', 'draft', 'counter', 'network', 'rechecks', 'values'].filter(
        (name) => (el as unknown as Record<string, unknown>)[name] !== undefined,
      );
      expect(early, 'set by the definition').to.deep.equal([]);
      expect($(el, 'form')).to.equal(null);

      const valid = el.reportValidity();
      arrive();
      expect(await valid).to.be.false;
      // The draft was there for the check: only what it lacks is named.
      expect([...el.submission.state.errors.keys()]).to.deep.equal(['description', 'consent']);
      await el.updateComplete;
      expect(control(el, 'title').value).to.equal('Spielplatz');
      expect(text($(el, '[part="draft-note"]'))).to.contain('wiederhergestellt');
      expect(shadow(el).activeElement).to.equal($(el, '#error-summary'));
    } finally {
      el.remove();
    }
  });

  it('requestSubmit() called before the view arrived takes effect once it is here; then sends', async () => {
    const store = newStore();
    const { el, arrive } = waitingForm('test-waiting-idea-form-send', {
      action: actionOf('ok', store),
      'privacy-url': PRIVACY,
    });
    try {
      // Nothing to send yet: the attempt shows what is missing, as the button would.
      const attempt = el.requestSubmit();
      arrive();
      await attempt;
      await waitForPhase(el, 'error-summary');
      await fill(el, VALID);
      const submitted = oneEvent(el, 'quartier-idea-submitted');
      await el.requestSubmit();
      await submitted;
      expect(await records(store)).to.have.length(1);
    } finally {
      el.remove();
    }
  });
});

describe('idea form stories', () => {
  const { default: meta, ...list } = stories;
  type Args = NonNullable<typeof meta.args>;
  for (const [name, story] of Object.entries(list)) {
    it(`${name} renders its state and is accessible`, async () => {
      // As Storybook merges them; every story fills in the args it needs.
      const args = { ...meta.args, ...story.args } as Required<Args>;
      const render = story.render ?? meta.render!;
      const template = render(args, { args } as StoryContext<Required<Args>>);
      if (!isTemplateResult(template, TemplateResultType.HTML))
        throw new Error(`${name} does not render a lit template`);
      const el = await fixture<QuartierIdeaForm>(template);
      await waitUntil(() => $(el, '[aria-busy="false"]'), 'the story did not load', {
        timeout: 5000,
      });
      const state = story.parameters?.state;
      if (state === 'sending')
        await waitUntil(() => submitButton(el).getAttribute('aria-disabled') === 'true');
      else if (state) await waitForPhase(el, state as 'success' | 'failure' | 'error-summary');
      else expect($(el, '[part="failure"], [part="error-summary"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});
