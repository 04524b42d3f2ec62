/** overrideTexts: a page replaces texts per language, as text of the same kind, without touching other languages. */
import { expect } from '@open-wc/testing';
import { loadTexts, textsFor } from '../../src/i18n/bundle.js';
import { coreTexts, messagesFor } from '../../src/i18n/locale.js';
import { calendarTexts } from '../../src/i18n/messages/calendar.js';
import { mapTexts } from '../../src/i18n/messages/map.js';
import { onOverride, overrideTexts, overridesVersion } from '../../src/i18n/overrides.js';

describe('overrideTexts', () => {
  it('replaces a string for its language and the region tags of it, not for others', async () => {
    await loadTexts(calendarTexts, 'en');
    await overrideTexts('en', { calendar: { today: 'Now', details: { where: 'Place' } } });
    expect(textsFor(calendarTexts, 'en').today).to.equal('Now');
    expect(textsFor(calendarTexts, 'en-GB').details.where).to.equal('Place');
    expect(textsFor(calendarTexts, 'en').details.when).to.equal('When');
    expect(textsFor(calendarTexts, 'de').today).to.equal('Heute');
    expect(calendarTexts.loaded.en!.today).to.equal('Today');
  });

  it('keeps earlier overrides when later ones add to them', async () => {
    await overrideTexts('de', { core: { retry: 'Nochmal' } });
    await overrideTexts('de', { core: { loadFailed: 'Kaputt.' } });
    void overrideTexts('de', { core: { reportBarrier: 'Erst' } });
    await overrideTexts('de', { core: { reportBarrier: 'Zuletzt' } });
    expect(messagesFor('de').reportBarrier).to.equal('Zuletzt');
    expect(messagesFor('de').retry).to.equal('Nochmal');
    expect(messagesFor('de-AT').loadFailed).to.equal('Kaputt.');
    await overrideTexts('de', {
      core: {
        retry: 'Erneut versuchen',
        loadFailed: coreTexts.de.loadFailed,
        reportBarrier: coreTexts.de.reportBarrier,
      },
    });
    expect(messagesFor('de')).to.deep.equal(coreTexts.de);
  });

  it('replaces a text of values with a function of the same values, and its result is text', async () => {
    await overrideTexts('de', {
      map: { consentText: (host) => `Die Karte kommt von ${host}.` },
      core: { count: { events: { one: 'eine Veranstaltung' } } },
    });
    expect(textsFor(mapTexts, 'de').consentText('tile.openstreetmap.org')).to.equal(
      'Die Karte kommt von tile.openstreetmap.org.',
    );
    expect(messagesFor('de').count.events).to.deep.equal({
      one: 'eine Veranstaltung',
      other: '# Veranstaltungen',
    });
    const markup = { strings: ['<b>'], values: [] };
    await overrideTexts('de', {
      map: { consentHeading: (() => markup) as unknown as string },
    });
    expect(textsFor(mapTexts, 'de').consentHeading).to.equal('Karte anzeigen?');
    await overrideTexts('de', {
      map: { load: markup as unknown as string, hide: 42 as unknown as string },
      calendar: { day: 'no function' as unknown as () => string },
    });
    expect(textsFor(mapTexts, 'de').load).to.equal('Karte laden');
    expect(textsFor(mapTexts, 'de').hide).to.equal('Karte ausblenden');
    expect(textsFor(calendarTexts, 'de').day('a', 'b')).to.equal('a, b');
    await overrideTexts('de', { map: { consentText: () => markup as unknown as string } });
    expect(textsFor(mapTexts, 'de').consentText('x')).to.be.a('string');
  });

  it('adds a plural category a language needs', async () => {
    await loadTexts(coreTexts, 'en');
    await overrideTexts('en', { core: { count: { events: { few: '# eventses' } } } });
    expect(textsFor(coreTexts, 'en').count.events).to.deep.equal({
      one: '# event',
      other: '# events',
      few: '# eventses',
    });
  });

  it('tells elements, and refuses a language the widgets do not speak', async () => {
    let told = 0;
    const stop = onOverride(() => told++);
    const before = overridesVersion();
    await overrideTexts('ar-SY', { core: { retry: 'أعد المحاولة' } });
    expect(told).to.equal(1);
    expect(overridesVersion()).to.equal(before + 1);
    const warn = console.warn;
    const said: string[] = [];
    console.warn = (message: string) => said.push(message);
    await overrideTexts('fr', { core: { retry: 'Réessayer' } });
    console.warn = warn;
    expect(said).to.have.length(1);
    expect(told).to.equal(1);
    stop();
    await overrideTexts('ar', { core: { retry: 'أعد المحاولة' } });
    expect(told).to.equal(1);
  });
});
