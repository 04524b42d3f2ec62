/**
 * SubmissionController: the idea form's sending as one state machine
 * (editing → sending → retrying → sent | failed | waiting-for-network), on a
 * small host with a stand-in receiver. What a person sees is the host's text.
 */
import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { DEFAULT_SEND_TIMINGS } from '../../src/components/idea-form/send-idea.js';
import {
  INITIAL_SUBMISSION,
  SubmissionController,
  transition,
  type SubmissionEvent,
  type SubmissionTimings,
} from '../../src/components/idea-form/submission-controller.js';
import { emptyIdeaValues, type IdeaValues } from '../../src/data/idea.js';

const FAST: SubmissionTimings = {
  ...DEFAULT_SEND_TIMINGS,
  minFillTime: 0,
  retryLimit: 2,
  retryDelay: () => 10,
  tryTimeout: 2000,
};

const VALID: IdeaValues = {
  ...emptyIdeaValues(),
  title: 'Bank am Stannebeinplatz',
  description: 'Eine Sitzbank im Schatten, für ältere Menschen auf dem Weg zum Markt.',
  consent: true,
};

/** A stand-in receiver: answers in turn, then always with the last answer; keeps every request. */
function receiver(...answers: [number, unknown?, Record<string, string>?][]) {
  const requests: Request[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request);
    const [status, body = {}, headers = {}] =
      answers[Math.min(requests.length, answers.length) - 1];
    return Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      }),
    );
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

class SubmissionHost extends LitElement {
  values: IdeaValues = VALID;
  startedAt?: string = new Date(Date.now() - 60_000).toISOString();
  action?: string = 'https://example.org/api/ideas';
  timings = FAST;
  transport?: typeof fetch;
  steps: string[] = [];
  ids: (string | undefined)[] = [];

  readonly submission = new SubmissionController(this, {
    idea: () => ({
      values: this.values,
      topics: [],
      lang: 'de',
      startedAt: this.startedAt,
      withLocation: true,
    }),
    action: () => this.action,
    timings: () => this.timings,
    transport: () => this.transport,
    stepped: (_event: SubmissionEvent, id?: string) => {
      this.steps.push(this.submission.phase);
      this.ids.push(id);
    },
  });

  override render() {
    const { phase, errors, failure, reference, tooFast, attempt } = this.submission.state;
    return html`<p class="phase">${phase}</p>
      <p class="errors">${[...errors.keys()].join(' ')}</p>
      <p class="note">
        ${tooFast ? 'zu schnell' : ''} ${failure ? `${failure.reason} ${failure.status}` : ''}
        ${reference} ${attempt > 0 ? `Versuch ${attempt}` : ''}
      </p>`;
  }
}
customElements.define('test-submission-host', SubmissionHost);

const shown = (el: SubmissionHost, selector: string) =>
  (el.renderRoot.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function host(transport = receiver([201, { reference: 'Q-2026-ABCDE' }])) {
  const el = await fixture<SubmissionHost>(
    fixtureHtml`<test-submission-host></test-submission-host>`,
  );
  el.transport = transport.fetch;
  return { el, requests: transport.requests };
}

describe('SubmissionController', () => {
  it('sends once although asked twice, and shows "sent" with the reference', async () => {
    const { el, requests } = await host();
    const first = el.submission.send();
    const second = el.submission.send();
    await Promise.all([first, second]);
    await el.updateComplete;
    expect(requests).to.have.length(1);
    expect(shown(el, '.phase')).to.equal('sent');
    expect(shown(el, '.note')).to.contain('Q-2026-ABCDE');
    expect(el.steps).to.deep.equal(['editing', 'sending', 'sent']);
    // Sent is final: asking again sends nothing.
    await el.submission.send();
    expect(requests).to.have.length(1);
  });

  it('retries a 500 with the same Idempotency-Key, showing that it retries', async () => {
    const { el, requests } = await host(receiver([500], [201, { reference: 'Q-2026-FGHJK' }]));
    await el.submission.send();
    await el.updateComplete;
    expect(el.steps).to.deep.equal(['editing', 'sending', 'retrying', 'sent']);
    expect(requests).to.have.length(2);
    const keys = requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(keys[0]).to.equal(keys[1]);
    expect(keys[0]).to.equal(el.ids.at(-1));
    expect(shown(el, '.phase')).to.equal('sent');
  });

  it('puts the problems on the fields and sends nothing when the check fails', async () => {
    const { el, requests } = await host();
    el.values = { ...VALID, title: '', consent: false };
    await el.submission.send();
    await el.updateComplete;
    expect(shown(el, '.phase')).to.equal('editing');
    expect(shown(el, '.errors')).to.equal('title consent');
    expect(requests).to.have.length(0);
    expect(el.submission.state.attempted).to.be.true;
  });

  it('the receiver’s 422 goes back to the fields, too', async () => {
    const { el } = await host(receiver([422, { errors: { title: 'Bitte keine Werbung.' } }]));
    await el.submission.send();
    await el.updateComplete;
    expect(shown(el, '.phase')).to.equal('editing');
    expect(shown(el, '.errors')).to.equal('title');
    expect(el.submission.state.errors.get('title')).to.deep.equal({ text: 'Bitte keine Werbung.' });
  });

  it('holds back a send sooner than the minimum time after the first input', async () => {
    const { el, requests } = await host();
    el.timings = { ...FAST, minFillTime: 60_000 };
    el.startedAt = new Date().toISOString();
    await el.submission.send();
    await el.updateComplete;
    expect(shown(el, '.note')).to.contain('zu schnell');
    expect(requests).to.have.length(0);
    el.timings = FAST;
    await el.submission.send();
    await el.updateComplete;
    expect(shown(el, '.note')).not.to.contain('zu schnell');
    expect(shown(el, '.phase')).to.equal('sent');
  });

  it('fails for good with the status, and "send again" reuses the id of the same content', async () => {
    const { el, requests } = await host(receiver([500], [500], [500], [201, { reference: 'Q' }]));
    await el.submission.send();
    await el.updateComplete;
    expect(shown(el, '.phase')).to.equal('failed');
    expect(shown(el, '.note')).to.contain('server 500');
    await el.submission.send();
    await el.updateComplete;
    expect(shown(el, '.phase')).to.equal('sent');
    expect(
      new Set(requests.map((request) => request.headers.get('Idempotency-Key'))).size,
    ).to.equal(1);
  });

  it('new content after a failure gets a new id', async () => {
    const { el, requests } = await host(receiver([413], [201]));
    await el.submission.send();
    expect(el.submission.phase).to.equal('failed');
    el.values = { ...VALID, description: 'Kürzer.' };
    el.submission.dispatch({ type: 'edited' });
    await el.submission.send();
    const [first, second] = requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(first).not.to.equal(second);
  });

  it('offline: waits for the network without trying, and sends once resumed', async () => {
    const { el, requests } = await host();
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await el.submission.send();
      await el.updateComplete;
      expect(shown(el, '.phase')).to.equal('waiting-for-network');
      expect(shown(el, '.note')).to.contain('offline 0');
      expect(requests).to.have.length(0);
    } finally {
      Object.defineProperty(navigator, 'onLine', onLine);
      delete (navigator as { onLine?: boolean }).onLine;
    }
    expect(el.submission.resume()).to.be.true;
    await waitUntil(() => shown(el, '.phase') === 'sent', 'not sent once back online');
    expect(requests).to.have.length(1);
    // Nothing is waiting any more.
    expect(el.submission.resume()).to.be.false;
  });

  it('without an action: fails with nothing sent, and says so', async () => {
    const { el, requests } = await host();
    el.action = undefined;
    await el.submission.send();
    await el.updateComplete;
    expect(shown(el, '.phase')).to.equal('failed');
    expect(shown(el, '.note')).to.contain('no-action');
    expect(requests).to.have.length(0);
  });

  it('checks single fields again without touching the others', async () => {
    const { el } = await host();
    el.values = { ...VALID, title: '', consent: false };
    await el.submission.send();
    el.values = { ...el.values, title: 'Trinkbrunnen' };
    await el.submission.check(['title']);
    await el.updateComplete;
    expect(shown(el, '.errors')).to.equal('consent');
  });
});

describe('transition()', () => {
  const run = (...events: SubmissionEvent[]) => events.reduce(transition, INITIAL_SUBMISSION);
  const pending = { id: 'a', fingerprint: 'f' };

  it('a reset after success leaves nothing over', () => {
    const sent = run(
      { type: 'attempt' },
      { type: 'sending', pending },
      { type: 'sent', reference: 'Q' },
    );
    expect(sent).to.include({ phase: 'sent', reference: 'Q', attempted: false });
    expect(sent.pending).to.equal(undefined);
    expect(transition(sent, { type: 'reset' })).to.deep.equal(INITIAL_SUBMISSION);
  });

  it('a reset while sending keeps the send going but forgets its id and the problems', () => {
    const state = run(
      { type: 'sending', pending },
      { type: 'retrying', attempt: 1 },
      { type: 'reset' },
    );
    expect(state.phase).to.equal('retrying');
    expect(state.pending).to.equal(undefined);
    expect(state.attempted).to.be.false;
  });

  it('an answer lost offline waits for the network; any other failure is failed', () => {
    const offline = run({ type: 'failed', failure: { reason: 'offline', status: 0 } });
    expect(offline.phase).to.equal('waiting-for-network');
    const server = run({ type: 'failed', failure: { reason: 'server', status: 502 } });
    expect(server.phase).to.equal('failed');
    expect(transition(server, { type: 'sending', pending }).failure).to.equal(undefined);
  });
});
