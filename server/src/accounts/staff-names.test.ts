import { describe, expect, it } from 'vitest';
import { nameWords, suggestsStaffRole } from './staff-names.js';

describe('nameWords', () => {
  it('undoes accents, case, spacing, fullwidth forms, look-alike letters and invisible characters', () => {
    const plain = nameWords('Nadia Berthelot');
    for (const shape of [
      'NADIA BERTHELOT',
      'Nádia Bérthelot',
      'Ｎａｄｉａ Ｂｅｒｔｈｅｌｏｔ',
      'N a d i a Berthelot',
      'Nadia  -  Berthelot.',
      'Nadia\u200bBerthelot',
      'Nаdіа Berthelot', // Cyrillic а and і
      'Nadia Berthel0t',
      'Naddia Berthelott',
    ]) {
      expect(nameWords(shape).join(''), shape).toBe(plain.join(''));
    }
    expect(nameWords('Nadia Bertrand').join('')).not.toBe(plain.join(''));
  });
});

describe('suggestsStaffRole', () => {
  it('finds role words in French and English, however they are written', () => {
    for (const name of [
      'Coordinatrice',
      'La coordination',
      'coordinateur du quartier',
      'Coordinator',
      'MODÉRATRICE',
      'Modérateur',
      'Moderator Mike',
      'Modération',
      'Administrateur',
      'administratrice',
      'Admin',
      'admin123',
      'SysAdmin',
      'A d m i n',
      'A.D.M.I.N',
      'Ａｄｍｉｎ',
      'Аdmin', // Cyrillic А
      'Adm1n',
      'Équipe QuartierLab',
      'equipe quartier-lab',
      'QUARTIERLAB',
      'Quartier Lab officiel',
      'Сoordinatrice', // Cyrillic С
      'Coordinatrlce',
      'C o o r d i n a t r i c e',
      'Animatrice',
      'modo',
    ]) {
      expect(suggestsStaffRole(name), name).toBe(true);
    }
  });

  it('leaves ordinary names alone', () => {
    for (const name of [
      'Samia',
      'Club de badminton',
      'Modou',
      'Ordinaire',
      'Nadia',
      'Équipe verte',
      'Lab du quartier',
    ]) {
      expect(suggestsStaffRole(name), name).toBe(false);
    }
  });
});
