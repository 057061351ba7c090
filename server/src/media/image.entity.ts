import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity.js';
import { Person } from '../people/person.entity.js';

/** The formats an upload may be in, as the bytes say (never the file name or the declared type). */
export enum ImageFormat {
  JPEG = 'jpeg',
  PNG = 'png',
  WEBP = 'webp',
}

/** An uploaded picture: what was checked of it, who sent it, and whether the content using it is public. */
@Entity({ tableName: 'image' })
export class Image extends BaseEntity<'isPublic' | 'attachedAt'> {
  @ManyToOne({ entity: () => Person, deleteRule: 'cascade', index: true })
  uploadedBy!: Person;

  @Enum({ items: () => ImageFormat, type: 'text' })
  format!: ImageFormat;

  /** Of the original, upright (its orientation tag applied). */
  @Property({ type: 'integer' })
  width!: number;

  @Property({ type: 'integer' })
  height!: number;

  /** Size of the file as it was sent. */
  @Property({ type: 'integer' })
  byteSize!: number;

  /** Of the bytes as they were sent: the same file sent twice is recognisable. */
  @Property({ type: 'text' })
  sha256!: string;

  /** The widths of its WebP renditions, smallest first (`url(width)` picks one without a join). */
  @Property({ type: 'json' })
  widths!: number[];

  /** Served to anyone (and cached by them) once the content using it is published. */
  @Property({ type: 'boolean', default: false })
  isPublic: boolean = false;

  /** When content first used it; an image never attached is swept after a day. */
  @Property({ type: 'timestamptz', nullable: true })
  attachedAt: Date | null = null;
}

export enum RenditionRole {
  /** The original, re-encoded in its own format: metadata (EXIF, GPS) stripped. */
  ORIGINAL = 'ORIGINAL',
  /** A WebP at one of the standard widths. */
  WEBP = 'WEBP',
}

/** The stored bytes of one version of an image, in the database (the same on PGlite and PostgreSQL). */
@Entity({ tableName: 'image_rendition' })
@Unique({ properties: ['image', 'role', 'width'] })
export class ImageRendition extends BaseEntity {
  @ManyToOne({ entity: () => Image, deleteRule: 'cascade' })
  image!: Image;

  @Enum({ items: () => RenditionRole, type: 'text' })
  role!: RenditionRole;

  @Enum({ items: () => ImageFormat, type: 'text' })
  format!: ImageFormat;

  @Property({ type: 'integer' })
  width!: number;

  @Property({ type: 'integer' })
  height!: number;

  @Property({ type: 'integer' })
  byteSize!: number;

  /** Of `data`: the strong ETag it is served with. */
  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'blob', lazy: true })
  data!: Buffer;
}
