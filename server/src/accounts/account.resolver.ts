import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import type { Viewer } from '../shared/viewer.js';
import { asPayload } from '../shared/payload.js';
import { PlatformRole } from '../people/person.entity.js';
import { PersonType } from '../people/person.type.js';
import { WorkshopType } from '../workshops/workshop.type.js';
import { AuthPayload, JoinPayload, PersonPayload, SignUpPayload, ViewerType, viewerType } from './account.type.js';
import { SignInInput, SignUpInput } from './account.inputs.js';
import { accountService } from './account.service.js';

/**
 * The payload is read by whoever the new session is: the workshop joined shows the rights of its
 * new guest (`viewerTakesPart`, `viewerCanPost`…), not those of the anonymous caller.
 */
function answerAs(ctx: Context, viewer: Viewer) {
  ctx.viewer = viewer;
  ctx.loaders = ctx.freshLoaders();
}

@Resolver(() => ViewerType)
export class AccountResolver {
  @Query(() => ViewerType, { nullable: true, description: 'Who is signed in; null when nobody is.' })
  viewer(@Ctx() ctx: Context) {
    return viewerType(ctx.viewer);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'The person, when signed in with an account.' })
  async person(@Root() v: ViewerType, @Ctx() ctx: Context) {
    return v.personId ? ctx.loaders.personById.load(v.personId) : null;
  }

  @FieldResolver(() => WorkshopType, {
    nullable: true,
    description: 'For a guest: the only workshop it takes part in.',
  })
  async guestWorkshop(@Root() v: ViewerType, @Ctx() ctx: Context) {
    return v.guestWorkshopId ? ctx.loaders.workshopById.load(v.guestWorkshopId) : null;
  }

  @Mutation(() => SignUpPayload, {
    description:
      'Asks for a resident account: mails the address a single-use link (see `confirmSignUp`). Signs nobody in, and answers the same whether or not the address has an account.',
  })
  async signUp(@Ctx() ctx: Context, @Arg('input', () => SignUpInput) input: SignUpInput) {
    return {
      confirmationSent: false,
      ...(await asPayload(ctx.request.locale, () => accountService.signUp(ctx, input))),
    };
  }

  @Mutation(() => AuthPayload, {
    description: 'Uses the token of a sign-up mail (once, within 24 hours): creates the resident account and signs in.',
  })
  confirmSignUp(@Ctx() ctx: Context, @Arg('token', () => String) token: string) {
    return asPayload(ctx.request.locale, async () => ({
      viewer: viewerType((await accountService.confirmSignUp(ctx, token.slice(0, 200))).viewer),
    }));
  }

  @Mutation(() => AuthPayload, {
    description: 'Signs in with email and password; a new session cookie replaces the old one.',
  })
  signIn(@Ctx() ctx: Context, @Arg('input', () => SignInInput) input: SignInInput) {
    return asPayload(ctx.request.locale, async () => ({
      viewer: viewerType((await accountService.signIn(ctx, input)).viewer),
    }));
  }

  @Mutation(() => Boolean, { description: 'Ends this session (person or guest).' })
  signOut(@Ctx() ctx: Context) {
    return accountService.signOut(ctx);
  }

  @Mutation(() => JoinPayload, {
    description: 'Takes part in a live workshop with its code and a display name, without an account.',
  })
  joinWorkshop(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('displayName', () => String) displayName: string,
  ) {
    return asPayload(ctx.request.locale, async () => {
      const { viewer, workshopId } = await accountService.joinWorkshop(
        ctx,
        code.slice(0, 40),
        displayName.slice(0, 200),
      );
      answerAs(ctx, viewer);
      return { viewer: viewerType(viewer), workshop: await ctx.loaders.workshopById.load(workshopId) };
    });
  }

  @Mutation(() => PersonPayload, { description: 'Gives a person a platform role (admins only).' })
  grantRole(
    @Ctx() ctx: Context,
    @Arg('personId', () => ID) personId: string,
    @Arg('role', () => PlatformRole) role: PlatformRole,
  ) {
    return asPayload(ctx.request.locale, () => accountService.grantRole(ctx, personId, role));
  }
}
