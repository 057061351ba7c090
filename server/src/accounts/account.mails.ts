import type { MailMessage } from '../mail/mailer.js';
import type { Locale } from '../shared/payload.js';

// The texts carry nothing the person who asked typed (such as the display name): anyone may ask
// for a mail to any address, and must not be able to write in it.

/** The link that creates the account, to an address nobody has an account with yet. */
export function confirmSignUpMail(locale: Locale, to: string, link: string, hours: number): MailMessage {
  return locale === 'en'
    ? {
        to,
        subject: 'Confirm your address to create your QuartierLab account',
        text: [
          'Hello,',
          '',
          'To create your QuartierLab account with this address, open this link and confirm:',
          link,
          '',
          `The link works once, for ${hours} hours.`,
          'If you did not ask for an account, ignore this message: none will be created.',
        ].join('\n'),
      }
    : {
        to,
        subject: 'Confirmez votre adresse pour créer votre compte QuartierLab',
        text: [
          'Bonjour,',
          '',
          'Pour créer votre compte QuartierLab avec cette adresse, ouvrez ce lien puis confirmez :',
          link,
          '',
          `Le lien sert une seule fois, pendant ${hours} heures.`,
          'Si vous n’avez pas demandé de compte, ignorez ce message : aucun ne sera créé.',
        ].join('\n'),
      };
}

/** Someone asked to sign up with an address that already has an account. */
export function alreadyRegisteredMail(locale: Locale, to: string, signInLink: string): MailMessage {
  return locale === 'en'
    ? {
        to,
        subject: 'Someone tried to create a QuartierLab account with your address',
        text: [
          'Hello,',
          '',
          'Someone (perhaps you) tried to create a QuartierLab account with this address, which already has one.',
          'To sign in:',
          signInLink,
          '',
          'If it was not you, you can ignore this message: your account has not changed.',
        ].join('\n'),
      }
    : {
        to,
        subject: 'Quelqu’un a essayé de créer un compte QuartierLab avec votre adresse',
        text: [
          'Bonjour,',
          '',
          'Quelqu’un (peut-être vous) a essayé de créer un compte QuartierLab avec cette adresse, qui en a déjà un.',
          'Pour vous connecter :',
          signInLink,
          '',
          'Si ce n’était pas vous, ignorez ce message : votre compte n’a pas changé.',
        ].join('\n'),
      };
}
