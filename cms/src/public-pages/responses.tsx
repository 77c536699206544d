import { ActionButton } from './alerts';

// The pages behind the links in a response's confirmation mail. Opening a link changes nothing
// (mail scanners open links): each page says what the link does, and its button does it.

export const RESPONSE_PAGE_TEXTS = {
  lt: {
    confirmTitle: 'Patvirtinkite savo atsakymą',
    confirmText: 'Patvirtinus atsakymą, jį peržiūrės redaktoriai. Atsakymas į:',
    confirmButton: 'Patvirtinti',
    withdrawTitle: 'Atšaukti atsakymą',
    withdrawText: 'Atsakymas bus ištrintas kartu su jūsų vardu ir el. pašto adresu. Atsakymas į:',
    withdrawButton: 'Atšaukti ir ištrinti',
    expiredTitle: 'Nuoroda nebegalioja',
    expiredText:
      'Patvirtinimo nuoroda galioja 48 valandas. Nepatvirtinti atsakymai ištrinami; jei norite, parašykite atsakymą dar kartą.',
    invalidTitle: 'Netinkama nuoroda',
    invalidText: 'Šios nuorodos nepavyko atpažinti. Atverkite ją iš laiško dar kartą, nukopijavę visą.',
    goneTitle: 'Tokio atsakymo nėra',
    goneText: 'Jis jau atšauktas arba ištrintas.',
  },
  en: {
    confirmTitle: 'Confirm your response',
    confirmText: 'Once you confirm your response, the editors review it. A response to:',
    confirmButton: 'Confirm',
    withdrawTitle: 'Withdraw your response',
    withdrawText: 'The response is deleted, with your name and email address. A response to:',
    withdrawButton: 'Withdraw and delete',
    expiredTitle: 'This link has expired',
    expiredText:
      'A confirmation link works for 48 hours. Unconfirmed responses are deleted; you can write yours again if you wish.',
    invalidTitle: 'This link is not valid',
    invalidText: 'This link could not be recognised. Open it from the mail again, copying all of it.',
    goneTitle: 'There is no such response',
    goneText: 'It was already withdrawn or deleted.',
  },
} as const;

/** A link page: what the link does, what was answered, and the button that does it. */
export function ResponseLinkBody(props: { text: string; answered: string; action: string; button: string }) {
  return (
    <>
      <p>{props.text}</p>
      <p className="lead">{props.answered}</p>
      <ActionButton action={props.action} label={props.button} />
    </>
  );
}
