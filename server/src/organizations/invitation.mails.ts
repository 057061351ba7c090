import type { MailMessage } from '../mail/mailer.js';
import type { Locale } from '../shared/payload.js';

// Only the organization's name is quoted: it was checked when the organization was made, and the
// manager who invites writes nothing in the mail.

/** The invitation link, mailed to the address a manager gave. */
export function invitationMail(
  locale: Locale,
  to: string,
  organization: string,
  link: string,
  hours: number,
): MailMessage {
  return locale === 'en'
    ? {
        to,
        subject: `You are invited to join ${organization} on QuartierLab`,
        text: [
          'Hello,',
          '',
          `A manager of ${organization} invites you to become a member on QuartierLab. Open this link, sign in (or create an account), then accept:`,
          link,
          '',
          `The link works once, for ${hours} hours.`,
          'If you do not know this organization, ignore this message.',
        ].join('\n'),
      }
    : {
        to,
        subject: `Invitation à rejoindre ${organization} sur QuartierLab`,
        text: [
          'Bonjour,',
          '',
          `Un responsable de ${organization} vous invite à en devenir membre sur QuartierLab. Ouvrez ce lien, connectez-vous (ou créez un compte), puis acceptez :`,
          link,
          '',
          `Le lien sert une seule fois, pendant ${hours} heures.`,
          'Si vous ne connaissez pas cette organisation, ignorez ce message.',
        ].join('\n'),
      };
}
