import { hasAny } from "./intents";
import { tokens } from "./text";

/**
 * Topics businesses answer in their FAQs and facts, with the words customers use for them and
 * the words the business likely wrote (es, en, pt) — so "¿puedo pagar en varias veces?" finds
 * "¿Vocês parcelam?" and "soy celíaca" finds "opciones sin TACC". Data only.
 * `ask`: phrases that raise the topic (folded, "word*" = any ending); `say`: words to search with.
 */
export const TOPICS: { ask: string; say: string }[] = [
  { ask: "parcel*|plazos|cuotas|varias veces|varias vezes|vezes|meses sin intereses|msi|installment*|pay monthly|pagar en partes|financ*|fraccionar", say: "parcelam parcelar parcelas plazos cuotas financiacion installments" },
  { ask: "talla|tallas|talle|tamanho|size|sizes|dudo entre|que numero|que talle|horma|me queda grande|me queda pequeno|medidas", say: "talla tallas guia tamanho size" },
  { ask: "devol*|de vuelta|send back|send it back|mandar de volta|enviar de volta|do not like|no me gusta|nao gostei|return*|refund*|reembols*|trocar|troca|devolu*|cambiar el producto|cambio de producto|no me queda|no me gusta|arrependi*", say: "devolver devolucion devoluciones plazo trocar devolucao return returns" },
  { ask: "celiac*|celiaca|celiaco|gluten|tacc|sin harina", say: "gluten tacc" },
  { ask: "vegan*|vegetarian*|plant based|sin carne|sem carne", say: "vegano vegetariano vegan vegetarian" },
  { ask: "alergi*|allerg*|alergen*|intoleran*|lactosa|lactose|frutos secos|nuts", say: "alergenos alergias allergens alergenicos" },
  { ask: "perro|perros|perrito*|mascota*|dog|dogs|pet|pets|cachorro|cao|caes|gato|gatos|gatito*|animal*", say: "mascotas perros animales pets dogs animais" },
  { ask: "aparcar|parking|estacionar|aparcamiento|park|estacionamento|estacionamiento|coche|carro|car", say: "parking aparcamiento estacionamiento" },
  { ask: "pagar|pago|pagos|tarjeta|card|cash|efectivo|bizum|pix|cartao|dinheiro|paypal|transferencia|mercado pago|pay|payment|pagamento|boleto|mbway", say: "pago pagos tarjeta formas pago pagamento cartao payment" },
  { ask: "envio|envios|enviais|envian|shipping|ship|frete|entregam|entregan|delivery|reparto|mandais|portes|llegan a", say: "envio envios shipping frete entrega delivery" },
  { ask: "seguro|seguros|mutua|isapre|fonasa|aseguradora|insurance|convenio|plano de saude|obra social|prepaga", say: "seguro seguros aseguradoras isapre insurance convenio" },
  { ask: "garantia|warranty|guarantee|cobren|cobrem|cubre|cobertura|se rompe|se estropea|der problema|estragar|defeito", say: "garantia garantia warranty" },
  { ask: "sin cita|sin turno|walk in|sem marcacao|sem agendamento|sin reserva|sin reservar|directamente|sem hora", say: "sin cita cita previa walk-in reserva" },
  { ask: "ninos|nino|hijos|hijo|kids|children|child|criancas|crianca|bebe|baby|infantil|menores|miudos|miudo|nenes|chicos|chavales|pequenos", say: "ninos kids criancas infantil" },
  { ask: "wifi|internet|wi fi", say: "wifi" },
  { ask: "pay anything extra|extra cost|extra charge|hidden cost*|joining|sign up fee|cargo extra|pagar algo mas|coste adicional|costo adicional|matricula|inscripcion|cuota de alta|taxa de adesao|taxa extra|pagar mais alguma", say: "fee joining inscripcion matricula alta adesao" },
  { ask: "anticipacion|antelacion|de antes|in advance|antecedencia|con tiempo|cuanto tiempo antes|how far ahead|apartar", say: "anticipacion antelacion semanas advance antecedencia" },
  { ask: "mismo dia|same day|mesmo dia|hoy mismo|traeis hoy|llega hoy|entregan hoy|entregais hoy|deliver today|entregam hoje|chega hoje", say: "mismo dia entregas same day mesmo dia" },
  { ask: "domicilio|a domicilio|venir a mi casa|venir a casa|vienen a casa|home visit|come to my house|come to my home|at home|em casa|ir a minha casa|domiciliar", say: "domicilio domiciliar home visit" },
  { ask: "prueba|trial|first class|primera clase|clase gratis|aula experimental|experimental|free class|primera sesion", say: "prueba trial gratis free experimental primera" },
  { ask: "guardar mis cosas|dejar mis cosas|dejar la mochila|mochila|bolso|donde dejo|leave my stuff|my stuff|my things|my bag|locker*|taquilla*|cacifo*|armario*|vestuario*|changing room*|mochila|onde deixo", say: "taquillas lockers cacifos vestuarios" },
  { ask: "pausar|congelar|freeze|pause|suspender|trancar|travelling|viaje|viajo|viagem", say: "congelar freeze pausar suspender membership" },
  { ask: "accesib*|silla de ruedas|wheelchair|acessib*|cadeira de rodas|movilidad reducida|ascensor|elevator|elevador", say: "accesible accesibilidad wheelchair acessivel" },
  { ask: "factura|invoice|receipt|nota fiscal|fatura|recibo", say: "factura facturas invoice nota fiscal" },
  { ask: "regalo|gift|presente|vale regalo|tarjeta regalo|gift card|cheque presente", say: "regalo tarjeta regalo gift card vale" },
  { ask: "idioma*|language*|ingles|english|hablan ingles|speak english|falam ingles|portugues|espanol", say: "idiomas ingles english" },
  { ask: "evento*|event*|cumpleanos|birthday|aniversario|despedida|grupo*|group*|privado|private", say: "eventos grupos privado events" },
];

const compiled = TOPICS.map((t) => ({ ask: t.ask, say: t.say.split(" ") }));

/**
 * The topics a message raises, as the words to search for them — only for topics the customer
 * did not already name with the business's own words ("pago" needs no "formas de pago").
 */
export function topicWords(text: string): string[] {
  const toks = tokens(text);
  const named = (t: (typeof compiled)[number]) => t.say.some((w) => toks.includes(w));
  return [...new Set(compiled.filter((t) => hasAny(toks, t.ask) && !named(t)).flatMap((t) => t.say))];
}

/** Which topics a text belongs to (indexes), to match a question with a fact. */
export function topicsOf(text: string): number[] {
  const toks = tokens(text);
  return compiled.flatMap((t, i) => (hasAny(toks, t.ask) || hasAny(toks, t.say.join("|")) ? [i] : []));
}
