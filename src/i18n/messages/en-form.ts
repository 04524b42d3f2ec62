import type { FormMessages } from './de-form.js';

const number = (value: number) => value.toLocaleString('en-GB');
const seconds = (value: number) =>
  value < 90
    ? `${value} ${value === 1 ? 'second' : 'seconds'}`
    : `${Math.ceil(value / 60)} minutes`;

export const enForm: FormMessages = {
  formLabel: 'Send an idea',
  intro: 'You can leave fields without the note “required” empty.',
  requiredMark: 'required',
  label: {
    title: 'Title',
    description: 'Description',
    topic: 'Topic',
    address: 'Place',
    name: 'Name',
    email: 'Email',
    wantsReply: 'I would like a reply',
    consent: 'Consent',
  },
  hint: {
    title: (max) => `What is it about, in a few words? At most ${number(max)} characters.`,
    description: (max) =>
      `What would you like to suggest, and who would it help? At most ${number(max)} characters.`,
    topic: 'Choose a topic if one fits.',
    address: 'A street, a square or a place in the neighbourhood, for example “Stannebeinplatz”.',
    email: 'Only needed if you would like a reply.',
    emailRequired: 'We need your email address to reply to you.',
  },
  contactLegend: 'Contact (optional)',
  contactHint: 'Without contact details your idea stays anonymous.',
  topicNone: 'No particular topic',
  topicsLoading: 'Loading the topics …',
  topicsFailed: 'The topics could not be loaded. You can still send your idea.',
  counter: (used, max) =>
    used <= max
      ? `${number(max - used)} of ${number(max)} characters left`
      : `${number(used - max)} characters too many`,
  counterAnnouncement: (used, max) =>
    used <= max
      ? `${number(max - used)} characters left.`
      : `${number(used - max)} characters too many. Please shorten the text.`,
  consent: {
    before: 'I have read the ',
    link: 'privacy notice',
    after: ' and agree that my details are stored to handle my idea.',
    newWindow: '(opens in a new window)',
  },
  notice: {
    heading: 'What happens to your details',
    what: 'We store your idea and – only if you give them – your name and email address, to handle the idea and to reply to you.',
    why: 'The legal basis is your consent (Art. 6(1)(a) GDPR).',
    howLong:
      'We delete your details once the idea has been handled, after 6 months at the latest. You can withdraw your consent and ask for deletion at any time – please quote your reference number.',
    more: 'Who is responsible and what your rights are is explained in the privacy notice.',
  },
  honeypot: 'Please leave this field empty',
  submit: 'Send idea',
  resend: 'Send again',
  sending: 'Sending your idea …',
  retrying: (attempt) => `The connection is unstable. Trying again (${attempt}) …`,
  tooFast:
    'That was quick! Please read through your details once more, then select “Send idea” again.',
  summaryHeading: (count) =>
    count === 1 ? 'Please check 1 entry' : `Please check ${count} entries`,
  error: {
    required: {
      title: 'Please enter a title.',
      description: 'Please describe your idea.',
    },
    tooLong: (label, over, max) =>
      `${label}: ${number(over)} characters too many. Please shorten it to at most ${number(max)} characters.`,
    invalidEmail: 'Please enter the full email address, for example name@example.org.',
    requiredForReply:
      'Please enter your email address so that we can reply – or untick “I would like a reply”.',
    consent:
      'Please confirm that you have read the privacy notice. Without your consent we may not store the idea.',
    invalid: (label) => `${label}: please check this entry.`,
    general: 'The server did not accept the idea. Please check your details.',
  },
  failed: {
    heading: 'Your idea has not been sent yet',
    network: 'The server cannot be reached right now.',
    timeout: 'The server did not answer in time.',
    server: (status) => `An error occurred on the server (error code ${status}).`,
    busy: (wait) =>
      wait === undefined
        ? 'The server is busy right now. Please try again in a moment.'
        : `The server is busy right now. Please try again in ${seconds(wait)}.`,
    tooLarge:
      'The message is too large for the server. Please shorten the description and send again.',
    rejected: (status) =>
      `The server did not accept the idea (error code ${status}). Please try again later or contact the neighbourhood management directly.`,
    noAction:
      'This form is not fully set up: the address it sends to is missing. Please contact the neighbourhood management directly.',
    kept: 'Everything you entered is kept.',
    keptOnDevice: 'Everything you entered is kept and saved on this device.',
  },
  offline: {
    banner:
      'You are offline. You can keep writing; everything you enter is kept. If you select “Send idea”, the idea will be sent as soon as the connection is back.',
    waiting: 'You are offline. Your idea will be sent as soon as the connection is back.',
    back: 'You are back online.',
  },
  success: {
    heading: 'Thank you for your idea!',
    reference: 'Your reference number:',
    next: 'The neighbourhood management team reads every idea. If you asked for a reply, we will write to you by email. Please note the reference number in case you want to ask about your idea or have it deleted.',
    announcement: (reference) =>
      reference
        ? `Your idea has been sent. Your reference number is ${reference}.`
        : 'Your idea has been sent.',
    another: 'Send another idea',
  },
  draft: {
    restored: (savedAt) =>
      `We have restored your draft from ${savedAt}. It is stored on this device only.`,
    kept: 'What you enter is saved on this device until you send the idea.',
    discard: 'Discard draft',
    discarded: 'The draft has been discarded.',
    undo: 'Undo',
  },
};
