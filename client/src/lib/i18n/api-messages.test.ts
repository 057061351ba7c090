import { describe, expect, it } from 'vitest';
import { localizeErrors, localizeMessage } from './api-messages';

describe('localizeMessage', () => {
  it('says the API’s known messages in the page’s language, with their figures', () => {
    expect(localizeMessage('fr', 'Email or password is incorrect.')).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(localizeMessage('fr', 'The text has 2300 characters; shorten it to 2000 at most.')).toBe(
      'Votre contribution dépasse 2000 caractères.',
    );
    expect(localizeMessage('en', 'Email or password is incorrect.')).toBe('Email or password is incorrect.');
  });

  it('keeps a message it does not know as the API wrote it', () => {
    expect(localizeMessage('fr', 'Something new.')).toBe('Something new.');
    expect(localizeErrors('fr', [{ field: 'body', message: 'Write something before posting.' }])).toEqual([
      { field: 'body', message: 'Écrivez votre contribution.' },
    ]);
  });
});
