import type { Intent, Language } from "../types";

/**
 * What customers say for each intent, per language — data only; intents.ts does the scoring.
 *
 * Format: phrases separated by "|", written folded (lowercase, no accents) and with chat shorthand
 * already expanded as text.ts does ("info" → "informacion", "don't" → "do not", "q" → "que").
 * A phrase matches consecutive words (one filler word allowed between them); "word*" matches any
 * ending; typos and Latin American / Brazilian spellings are tolerated by text.ts. ":n" after a
 * phrase sets its weight (default 1; 3 = decisive on its own). "!" before a phrase counts it only
 * when the message is in that language (words that mean something else elsewhere, "fecha").
 * Combos fire when every group has a match somewhere in the message.
 */

export type Combo = { all: string[]; w: number };
export type IntentLexicon = { cues: Partial<Record<Language, string>>; combos?: Combo[] };

/** Verbs of changing something, and nouns of a booking, shared by several combos. */
const CHANGE = "cambi*|modific*|mover|muev*|move|moving|mudar|muda|alter*|troc*|change|changing|reschedul*|reprogram*|aplaz*|pospon*|postpone|retras*|adelant*|atras*|reagend*|remarc*|switch|pasar|passar|adiar|corre*";
const BOOKING = "cita|citas|turno|reserva|reservas|reservacion|consulta|sesion|clase|mesa|appointment|appt|booking|reservation|session|class|table|marcacao|agendamento|sessao|aula|horario|hora|visita";
const DELIVERY = "entreg*|envio|direccion|domicilio|reparto|delivery|deliver|address|shipping|endereco|morada|frete";
const ORDER = "pedido|pedidos|orden|compra|order|encomenda|paquete|package|parcel|pacote";
const CANCEL = "cancel*|anul*|desmarc*|desapunt*";

export const LEXICON: Record<Exclude<Intent, "other">, IntentLexicon> = {
  order_status: {
    cues: {
      es:
        "hice un pedido:2.5|he pedido:1.2|hice una compra:2.5|compre:1|realice un pedido:2.5|por donde va:2|checar mi pedido:3|revisar mi pedido:2.5|donde esta mi pedido:3|donde esta el pedido:3|estado de mi pedido:3|estado del pedido:3|no me ha llegado:2.5|no ha llegado:2|no me llego:2.5|no llego:2|no llega:2|aun no llega:2.5|todavia no llega:2.5|" +
        "cuando llega:2|cuando me llega:2.5|cuando llegara:2|cuando me llegara:2.5|seguimiento:2|numero de seguimiento:3|rastrear:2|rastreo:2|localizar mi pedido:3|mi paquete:2|ya salio:1.5|" +
        "ya lo enviaron:2|lo habeis enviado:2|ha salido:1.5|cuando lo envian:2|cuando lo enviais:2|mi compra:1.5|mi orden:2|mi envio:2|tracking:2|pedido:1.2|paquete:1|envio:0.5|orden:0.8|compra:0.4|" +
        "repartidor:1|mensajero:1|transportista:1|correos:1|seur:1.5|mrw:1.5|dhl:1.5|estafeta:1.5|fedex:1.5|ups:1|ya lo mandaron:2|como va mi pedido:3|que paso con mi pedido:3|que pasa con mi pedido:2.5|sigue sin llegar:2.5|ya se envio:2|salio mi pedido:2.5|saber de mi pedido:2.5|info de mi pedido:2.5|informacion de mi pedido:2.5",
      en:
        "i ordered:2.5|ordered:1.5|any news:1|my order:2|placed an order:2.5|where is my order:3|order status:3|status of my order:3|track my order:3|tracking number:3|has not arrived:2.5|have not received:2.5|not received:2|did not arrive:2.5|still waiting for my:2.5|" +
        "when will it arrive:2.5|when will my order:3|when will i get:2|where is my package:3|my package:2|my parcel:2|shipped yet:2.5|has it shipped:2.5|track:1.5|order:1.2|package:1|parcel:1|" +
        "shipment:1.2|shipping status:2.5|delivery status:2.5|arrive:1|courier:1|tracking:2|has not come:2|not arrived yet:2.5|not here yet:2|when does it arrive:2.5|any update on my order:3|update on my order:3",
      pt:
        "fiz um pedido:2.5|fiz uma compra:2.5|comprei:1|fiz uma encomenda:2.5|onde esta meu pedido:3|onde esta o meu pedido:3|onde esta minha encomenda:3|onde esta a minha encomenda:3|status do pedido:3|estado da encomenda:3|estado do pedido:3|nao chegou:2|ainda nao chegou:2.5|" +
        "nao recebi:2|ainda nao recebi:2.5|quando chega:2|quando vai chegar:2.5|quando chegara:2|codigo de rastreio:3|rastreio:2|rastrear:2|rastreamento:2|minha encomenda:2|meu pedido:2|minha compra:1.5|" +
        "ja foi enviado:2|ja saiu:1.5|foi despachado:2|foi enviado:1.5|pedido:1.2|encomenda:1.2|pacote:1|transportadora:1|correios:1|ctt:1.5|sedex:1.5|chegou:0.8|cade meu pedido:3|cade o meu pedido:3|cade:1.5|previsao de entrega:2.5",
    },
    combos: [{ all: ["donde|where|onde|cuando|when|quando|cade|status|estado", ORDER], w: 1.5 }],
  },
  delivery_change: {
    cues: {
      es:
        "paso a buscar:3|pasar a buscar:3|ir a buscar:2.5|recoger yo:2.5|buscarlo yo:3|por la tienda:1.5|cambiar cuando:2|cuando me lo entregan:1.5|entregarlo:2|entregar*:1.2|en vez del:1|en lugar del:1|dejarlo con:2|dejarselo a:2|cambiar la entrega:3|cambiar entrega:3|cambiar la direccion:2.5|cambiar direccion:2.5|cambiar el dia de entrega:3|otra direccion:2|no voy a estar:2|no estare:2|no estoy en casa:2|no estare en casa:2.5|" +
        "recoger en tienda:3|recogida en tienda:3|recoger en la tienda:3|recogerlo:2|recogerlo yo:2.5|punto de recogida:3|lo recojo:2.5|paso a recogerlo:3|paso a buscarlo:3|pasar a buscarlo:3|entregar otro dia:3|" +
        "aplazar la entrega:3|retrasar la entrega:3|que me lo traigan:2|dejarlo en:1.5|conserjeria:2|vecino:1|retiro en tienda:3|retirar en tienda:3|retirarlo:2|recogida:2|recoger:1.5|entrega:0.8|" +
        "entregar el:1.5|que lo entreguen:2|lo pueden entregar:2|lo podeis entregar:2|mandarlo a otra:2.5|enviarlo a otra:2.5|que llegue el:1.5|que me llegue el:1.5|en la clinica:0.5|en tienda:1",
      en:
        "pick up:2.5|pick it up from:3|collect from:3|from the shop:1.5|from the store:1.5|instead:0.8|collect it myself:3|change delivery:3|change the delivery:3|change my delivery:3|change the address:2.5|change address:2.5|different address:2|deliver on:2|deliver it on:2.5|deliver another day:3|redeliver:3|redelivery:3|" +
        "will not be home:2.5|not be home:2|not be at home:2.5|will not be in:2|pick it up:2.5|pick up:2|pickup:2|collect it:2.5|collect in store:3|click and collect:3|reschedule the delivery:3|reschedule delivery:3|" +
        "leave it with:2|leave with neighbour:2.5|leave it at:2|delivered on:1.5|delivery on:1.5|in store:1|can you deliver:2|could you deliver:2|deliver it:1.5",
      pt:
        "vou buscar:2.5|passo para buscar:3|buscar pessoalmente:3|mudar a entrega:3|mudar entrega:3|alterar a entrega:3|alterar entrega:3|trocar o endereco:2.5|mudar o endereco:2.5|alterar o endereco:2.5|outro endereco:2|nao vou estar em casa:2.5|nao estarei em casa:2.5|" +
        "nao vou estar:2|retirar na loja:3|retirada na loja:3|retirar pessoalmente:3|buscar na loja:3|levantar na loja:3|recolha na loja:3|ponto de recolha:3|reagendar a entrega:3|entregar outro dia:3|" +
        "entregar no sabado:3|deixar com o porteiro:2.5|portaria:1.5|retirar:1.5|retirada:2|recolha:2|levantar:1|entregar:1|entrega no:1.2|entregue no:1.2|podem entregar:2|pode entregar:2|na loja:1",
    },
    combos: [
      { all: [CHANGE, DELIVERY], w: 2.5 },
      { all: ["recoger|recojo|recogerlo|buscar|buscarlo|retirar|retiro|pick|collect|levantar|buscar", "tienda|local|store|shop|loja|clinica|almacen|sucursal|branch"], w: 2.5 },
      { all: ["mand*|envi*|entreg*|llev*|traig*|send|deliver|bring|levem|levar", "oficina|trabajo|office|work|otra direccion|escritorio|trabalho|portaria|conserjeria|otro domicilio|another address|outro endereco|mi casa|my home|minha casa"], w: 2.5 },
      { all: [CHANGE, ORDER], w: 1.2 },
    ],
  },
  book_appointment: {
    cues: {
      es:
        "me regala una cita:3|me regalas una cita:3|quisiera agendar:3|tienen turnos:2.5|hay turnos:2.5|pedir cita:3|pedir una cita:3|sacar cita:3|sacar una cita:3|coger cita:3|solicitar cita:3|quiero cita:3|quiero una cita:3|necesito una cita:3|necesito cita:3|quisiera una cita:3|reservar:2.5|hacer una reserva:3|" +
        "reserva para:2.5|agendar:2.5|sacar turno:3|pedir turno:3|pedir hora:3|reservar hora:3|tomar hora:3|agendar hora:3|reservar mesa:3|mesa para:2.5|apuntarme a la clase:2.5|reservar clase:3|teneis hueco:3|" +
        "tienen hueco:3|hay hueco:2.5|algun hueco:2.5|teneis disponibilidad:2.5|tienen disponibilidad:2.5|hay disponibilidad:2.5|hay sitio:2|tienes hueco:3|me podeis dar cita:3|me dan cita:3|quiero reservar:3|" +
        "cita para:2.5|hora para:1.5|turno para:2.5|para cortarme el pelo:2|pedir consulta:2.5|primera visita:2|cita:2|turno:1.5|reserva:1.5|hueco:1.5|disponibilidad:1.5|disponible:0.8|consulta:0.8|sesion:1|" +
        "clase:0.6|mesa:1|visita:0.8|revision:0.8|me pueden atender:2|me podeis atender:2|podria ir:1.5|puedo ir:1.2|quiero ir:1|una hora:0.5|agenda:1|libre:0.6|huequito:2|citita:2",
      en:
        "drop off:2|drop it off:2.5|drop my:1.5|bring it in:2.5|bring my:1.2|tune up:1.5|schedule:2|schedule a:2.5|consultation:1.2|massage:0.8|book an appointment:3|make an appointment:3|book a:2.5|book:2|booking:1.5|schedule an appointment:3|appointment for:2.5|reserve a:2.5|reservation for:2.5|table for:2.5|any availability:2.5|" +
        "do you have availability:3|availability:1.5|available slots:2.5|free slot:2.5|can i come:2|can i get an appointment:3|i need an appointment:3|i want an appointment:3|get an appointment:3|book a class:3|" +
        "book a table:3|appointment:1.5|appt:1.5|slot:1.5|slots:1.5|reservation:1.5|available:0.8|session:1|class:0.6|table:0.8|visit:0.8|checkup:1|check up:1|come in:1.2|see the doctor:2|fit me in:2.5|openings:1",
      pt:
        "marcar consulta:3|marcar uma consulta:3|marcar horario:3|marcar um horario:3|agendar:2.5|agendamento:2|quero marcar:3|queria marcar:3|gostaria de marcar:3|reservar:2.5|fazer uma reserva:3|mesa para:2.5|" +
        "tem horario:2.5|tem vaga:2.5|tem disponibilidade:2.5|horario disponivel:2.5|horarios disponiveis:2.5|marcar:2|marcacao:2|fazer uma marcacao:3|pedir consulta:2.5|consulta:1.2|vaga:1.5|vagas:1.5|" +
        "reserva:1.5|sessao:1|aula:0.6|disponivel:0.8|atendimento:0.5|tem como:0.5|consigo marcar:3|da pra marcar:3|posso ir:1.2",
    },
    combos: [{ all: ["quiero|quisiera|necesito|want|need|quero|queria|gostaria|preciso|like|para|for", "cita|turno|appointment|consulta|reserva|booking|marcacao|sesion|session|sessao|mesa|table"], w: 1 }],
  },
  reschedule_appointment: {
    cues: {
      es:
        "cambiar la cita:3|cambiar mi cita:3|cambiar cita:3|mover la cita:3|mover mi cita:3|aplazar la cita:3|posponer:2|reprogramar:3|cambiar la hora:2.5|cambiar el turno:3|cambiar la reserva:3|cambiar mi reserva:3|" +
        "pasar la cita:3|adelantar la cita:3|atrasar la cita:3|retrasar la cita:3|otro dia:1.2|otra hora:1.2|modificar la cita:3|modificar la reserva:3|cambiar el dia de la cita:3|no puedo ese dia:2|me viene mal:1.5|" +
        "cambiarla:1.5|moverla:1.5|cambiar de hora:2.5|cambiar de dia:2.5|otro horario:1.2",
      en:
        "reschedule:3|move my appointment:3|change my appointment:3|change the appointment:3|change my booking:3|change my reservation:3|postpone:2|different time:1.5|another time:1.5|another day:1.5|" +
        "move it to:2|push it back:2|bring it forward:2|can not make it on:1.5|change the time:2.5|change the day:2",
      pt:
        "remarcar:3|reagendar:3|mudar a consulta:3|mudar o horario:2.5|alterar a consulta:3|alterar o horario:2.5|trocar o horario:3|adiar:2|mudar a marcacao:3|alterar a marcacao:3|mudar a reserva:3|" +
        "outro dia:1.2|outro horario:1.5|mudar o dia:2.5|trocar o dia:2.5|mudar a data:2.5|trocar a data:2.5",
    },
    combos: [{ all: [CHANGE, BOOKING], w: 2.8 }],
  },
  cancel_appointment: {
    cues: {
      es:
        "cancelar la cita:3.5|cancelar mi cita:3.5|anular la cita:3.5|anular mi cita:3.5|cancelar la reserva:3.5|anular la reserva:3.5|cancelar el turno:3.5|no podre ir:2.5|no puedo ir:2.5|no voy a poder ir:2.5|" +
        "no voy a ir:2|no podre asistir:2.5|no puedo asistir:2.5|cancelar:1.5|anular:1.5|cancelarla:2.5|anularla:2.5|no voy a poder asistir:2.5",
      en:
        "cancel my appointment:3.5|cancel the appointment:3.5|cancel my booking:3.5|cancel my reservation:3.5|can not make it:2.5|will not make it:2.5|can not come:2|will not be able to come:2.5|can not attend:2.5|" +
        "cancel:1.5|call off:1.5|cancel it:2",
      pt:
        "cancelar a consulta:3.5|cancelar minha consulta:3.5|desmarcar:3|cancelar o agendamento:3.5|cancelar a reserva:3.5|cancelar a marcacao:3.5|nao vou poder ir:2.5|nao posso ir:2.5|nao vou conseguir ir:2.5|" +
        "nao poderei ir:2.5|cancelar:1.5|nao vou poder comparecer:2.5",
    },
    combos: [{ all: [CANCEL, BOOKING], w: 3 }],
  },
  hours_location: {
    cues: {
      es:
        "abrir:1.5|van a abrir:2.5|vais a abrir:2.5|abriran:2.5|abren el:2.5|abris el:2.5|abre el:2.5|estara abierto:2.5|estaran abiertos:2.5|abierta:1.5|cerrado:1.5|cerrada:1.5|donde esta:1.2|horario:2.5|horarios:2.5|a que hora abr*:3|a que hora cerr*:3|que hora abr*:3|hasta que hora:2.5|cuando abr*:2.5|cuando cierr*:2.5|abris:2|abren:2|abre:1.5|estais abiertos:3|estan abiertos:3|esta abierto:2.5|" +
        "cerrais:2|cierran:2|cierra:1.2|donde estais:3|donde estan:2.5|donde queda:2.5|donde se encuentran:3|donde os encuentro:3|ubicacion:2.5|como llego:2.5|como llegar:2.5|vuestra direccion:3|su direccion:2.5|" +
        "cual es la direccion:3|festivo:2|festivos:2|feriado:2|abierto:1.5|abiertos:1.5|horario de atencion:3|direccion:1|donde estan ubicados:3|ubicados:2|en que calle:3|telefono:1.2|email:0.8|correo:0.6|web:0.8|" +
        "pagina web:1.2|atendeis:1.5|atienden:1.2|a que hora:1.5|abrir:1|cerrar:0.8|puente:1|navidad:1|hoy abr*:3",
      en:
        "will you be open:3|be open:2|open on:2|where is the:1.5|where is your:2.5|opening hours:3|open hours:3|business hours:3|what time do you open:3|what time do you close:3|when do you open:3|when do you close:3|are you open:3|open today:3|open on:2|open tomorrow:3|closing time:3|" +
        "hours:2|where are you:2.5|where are you located:3|your address:3|the address:2|location:2|how do i get there:3|directions:2|holiday:1.5|bank holiday:2|open:1.2|close:0.8|closed:1.2|phone number:1.5|website:1",
      pt:
        "abre:1.5|abrir:1.5|vao abrir:2.5|vai abrir:2.5|abre no:2.5|abrem no:2.5|esta aberta:2.5|aberta:1.5|fechada:1.5|onde e a loja:3|onde e:1|morada:2.5|qual a morada:3|qual e a morada:3|horario de funcionamento:3|que horas abre:3|que horas fecha:3|que horas voces abrem:3|ate que horas:2.5|quando abre:2.5|quando abrem:2.5|voces abrem:2.5|abre hoje:3|esta aberto:2.5|estao abertos:3|aberto:1.5|" +
        "!fecha:1.5|!fecham:1.5|onde fica:3|onde ficam:3|onde voces ficam:3|endereco:2|qual o endereco:3|localizacao:2.5|como chegar:2.5|feriado:2|funciona:1.5|funcionam:2|abrem:2|horario:1|horarios:1|telefone:1.2|site:0.8",
    },
    combos: [{ all: ["donde esta|donde queda|where is|onde fica|onde e|como llego a|how do i get to|como chego", "clinica|tienda|local|consulta|consultorio|oficina|gimnasio|gym|restaurante|salon|peluqueria|loja|store|shop|office|clinic|restaurant|academia|studio|estudio|optica|negocio|barberia|sucursal|branch|centro"], w: 3 }],
  },
  prices_services: {
    cues: {
      es:
        "a cuanto estan:3|a cuanto esta:3|a como esta:2.5|a como:1.5|a cuanto:2|precio por:2|kilo:0.8|que precio tiene:3|cuanto cuesta:3|cuanto cuestan:3|cuanto vale:3|cuanto valen:3|cuanto sale:3|cuanto salen:3|cuanto es:2|cuanto cobrais:3|cuanto cobran:3|que precio:3|precio:2.5|precios:2.5|tarifa:2.5|tarifas:2.5|" +
        "lista de precios:3|que servicios:3|servicios ofreceis:3|que ofreceis:2.5|que tratamientos:3|la carta:2|el menu:2|carta de precios:3|coste:2|costo:2|cuanto me saldria:3|cuanto me costaria:3|servicio:0.6|" +
        "servicios:1|tratamiento:0.8|tratamientos:1.2|cuanto:0.5|precio de:2.5|vale la:0.5|que hacen:1.5|que haceis:1.5",
      en:
        "how much:3|price:2.5|prices:2.5|pricing:2.5|cost:2|costs:2|fee:1.5|fees:1.5|rates:2|price list:3|what services:3|services do you offer:3|what do you offer:2.5|menu:2|how much is:3|how much does:3|" +
        "services:1.5|treatments:1.2|charge:1.2|what do you do:1",
      pt:
        "a quanto:2|quanto sai:3|quanto custa:3|quanto custam:3|quanto e:2.5|quanto fica:3|quanto sai:3|qual o valor:3|qual o preco:3|preco:2.5|precos:2.5|valor:2|valores:2|tabela de precos:3|tabela:1|quais servicos:3|que servicos:3|" +
        "cardapio:2|ementa:2|tarifa:2|custo:2|servicos:1|tratamentos:1.2|quanto:0.5|quanto cobram:3|quanto ta:2.5|quanto esta:2",
    },
  },
  faq: {
    cues: {
      es:
        "con cuanto tiempo:2.5|cuanto tiempo antes:2.5|con cuanta anticipacion:3|anticipacion:2|antelacion:2|puedo cambiarlo:2.5|se puede cambiar:2|me queda pequeno:2|me queda grande:2|no me queda:2|me quedo chico:2|me quedo chica:2|me quedo grande:2|probar:1.5|a probar:2.5|para probar:2.5|sin pagar:2.5|gratis:1.5|de prueba:2.5|dejar la mochila:2.5|donde dejo:2.5|guardar mis cosas:2.5|mochila:1.5|penalizacion:2|cobrais si cancelo:2.5|encargar:2|encargo:2|por encargo:2.5|clase de prueba:3|clase gratis:3|primera clase:2|a domicilio:2.5|venir a mi casa:2.5|venir a casa:2.5|isapre:2|fonasa:2|obra social:2|prepaga:2|seguro medico:2|mutuas:2|boleta:1.5|gastos de envio:2.5|envio gratis:2.5|a partir de cuanto:2|cuanto tiempo tengo:2.5|mandarlo de vuelta:2.5|de vuelta:1.5|no me queda bien:2|devolverlo:2|cambiarlo:1.2|hay algo que pueda:1.5|puedo comer:2|sin tacc:2.5|celiaca:2|celiaco:2|trabajan con:1.5|aceptan:2|hay que llevar:2.5|que tengo que llevar:2.5|que debo llevar:2.5|necesito llevar:2|tengo que llevar:2|aceptais:2|aceptan:2|se puede pagar:2.5|pagar con:2|tarjeta:1.5|efectivo:1.5|bizum:2|transferencia:1.5|pago:1.2|formas de pago:3|metodos de pago:3|a plazos:2|financiacion:2|devolucion:2|devoluciones:2|devolver:1.5|" +
        "reembolso:2|garantia:2|envio gratis:2.5|gastos de envio:2.5|cuanto tarda el envio:2.5|enviais a:2.5|envian a:2.5|hacen entregas:2.5|entregan en:2|reparten a:2|hacen delivery:2.5|hacen envios:2.5|haceis envios:2.5|envios a:2|enviais:2|mandais a:2|llegan a:1|parking:2|aparcamiento:2|estacionamiento:2|aparcar:2|mascotas:2|" +
        "perro:1.5|wifi:2|factura:1.5|seguro:1|mutua:2|aseguradora:2|accesible:2|silla de ruedas:2|ninos:1|vegano:1.5|vegetariano:1.5|sin gluten:2|alergenos:2|politica:1.5|se puede:1|puedo llevar:1.5|" +
        "puedo traer:1.5|teneis:0.6|tienen:0.5|hacen:0.5|incluye:1|cuanto dura:1.5|duracion:1.2|requisitos:1.5|que necesito:1.2|talla:1.2|tallas:1.2|stock:1.5|cambio de talla:2|cambiar la talla:2|necesito cita previa:2|" +
        "hay que reservar:1.5|cita previa:1|puedo pagar:2|es posible:1|se admite:2|se admiten:2|cobertura:1.5|hay:0.3|como funciona:1.5|como se:0.8|como puedo:0.8|cancelar el pedido:2.5|cancelar mi pedido:2.5|cancelar pedido:2.5",
      en:
        "how far in advance:3|in advance:2|how early:2|can i exchange:2.5|does not fit:2|too small:2|too big:2|try it out:2.5|for free:2|cancel late:2.5|late cancellation:3|cancellation fee:3|fee if:1.5|charge if:1.5|where can i leave:2.5|send back:2.5|first class free:3|free trial:3|trial class:3|is it free:2|come to my house:2.5|home visit:2.5|how long do i have:2.5|send it back:2.5|can i return:2.5|pause my membership:3|freeze my membership:3|lockers:2|locker:2|what should i bring:2.5|do i need to bring:2.5|should i bring:2|do you accept:2.5|do you deliver to:2.5|deliver to:1.5|accept:1.2|card:1.2|cash:1.5|payment:1.5|pay with:2|pay by:2|refund:2|return policy:3|returns:2|return:1.2|exchange:1.2|warranty:2|guarantee:1.5|free shipping:2.5|shipping cost:2.5|ship to:2|" +
        "do you ship:2.5|delivery time:1.5|parking:2|park:1.2|pets:2|dog:1.5|wifi:2|invoice:1.5|insurance:1.5|wheelchair:2|kids:1|children:1|vegan:1.5|vegetarian:1.5|gluten:2|allergens:2|policy:1.5|can i bring:2|" +
        "do you have:1|do you do:1|is there:0.6|how long does:1.5|size:1|sizes:1|in stock:2|how does it work:1.5|can i pay:2|cancel my order:2.5|cancel the order:2.5",
      pt:
        "com quanto tempo:2.5|antecedencia:2|consigo trocar:2.5|posso trocar:2.5|ficou apertado:2|ficou grande:2|ficou pequeno:2|nao serviu:2|experimentar:2|de graca:2|sem pagar:2.5|onde deixo:2.5|guardar as coisas:2.5|multa:1.5|taxa de cancelamento:3|aula experimental:2.5|aula gratis:3|atendimento domiciliar:2.5|em casa:1.5|plano de saude:2|convenio:2|nota fiscal:2|frete gratis:2.5|cobrem:2|cobre:1.5|der problema:2|da pra pagar:2|varias vezes:2|parcelam:2.5|quanto tempo tenho:2.5|trocar:1.2|o que devo levar:2.5|preciso levar:2|tenho que levar:2|aceitam:2|aceita:1.5|cartao:1.5|dinheiro:1.2|pix:2|boleto:2|parcelar:2|parcelado:2|parcelas:2|pagamento:1.5|formas de pagamento:3|mbway:2|multibanco:2|devolucao:2|devolver:1.5|troca:1.2|reembolso:2|" +
        "garantia:2|frete:2|frete gratis:2.5|portes:2|envio gratis:2.5|enviam para:2.5|entregam em:2.5|fazem entrega:2.5|fazem entregas:2.5|entregam para:2.5|entregam:1.5|estacionamento:2|pet:1.5|animais:1.5|cachorro:1.5|wifi:2|nota fiscal:2|fatura:1.5|convenio:2|plano de saude:2|seguro:1|" +
        "acessivel:2|criancas:1|vegano:1.5|sem gluten:2|politica:1.5|posso levar:1.5|voces tem:0.6|fazem:0.5|quanto tempo demora:1.5|prazo de entrega:2|prazo:1|tamanho:1.2|estoque:1.5|posso pagar:2|como funciona:1.5|" +
        "cancelar o pedido:2.5|cancelar meu pedido:2.5|cancelar a encomenda:2.5",
    },
    combos: [{ all: [CANCEL, ORDER], w: 2 }],
  },
  lead_interest: {
    cues: {
      es:
        "catering:1.5|para un evento:2.5|para la empresa:2.5|para nuestra empresa:2.5|de la empresa:1.5|cena de empresa:2.5|posada:1.5|fiesta:1|info:1.5|mas info:2.5|quiero info:2.5|info sobre:2.5|info del:2|info de:2|para mi empresa:2.5|para mi equipo:2|curso:1|cursos:1.2|saber mas:2|saber mas sobre:2.5|quiero apuntarme al:3|me quiero apuntar:3|como me apunto:3|quiero inscribirme:3|eventos:2|evento:1.5|hacen eventos:3|organizan eventos:3|para empresa:2|empresa:1.2|grupo grande:2|precio especial:3|descuento por volumen:3|al por mayor:2.5|mayorista:2.5|boda:1.5|somos:0.5|me interesa:2.5|estoy interesado:3|estoy interesada:3|interesado en:2.5|interesada en:2.5|quiero informacion:2.5|quisiera informacion:2.5|mas informacion:2.5|pedir informacion:2.5|solicitar informacion:2.5|" +
        "quiero contratar:3|me gustaria contratar:3|contratar:2|presupuesto:2.5|cotizacion:2.5|cotizar:2.5|quiero apuntarme:3|apuntarme:2|inscribirme:2.5|inscripcion:2|matricula:2|matricularme:2.5|hacerme socio:3|" +
        "darme de alta:2.5|quiero ser cliente:3|me podeis llamar:2|llamadme:1.5|que me llamen:1.5|contactadme:2|quiero saber mas:2.5|planes:1|cuotas:1|membresia:1.5|bono:1.5|bonos:1.5|quiero comprar:2|" +
        "me gustaria comprar:2|informacion sobre:2|informacion de:1.2|informacion:1|socio:1.2|empezar:0.8",
      en:
        "for an event:2.5|for our team:2.5|office party:2.5|catering:1.5|info about:2.5|some info:2|info on:2.5|for my team:2|for my company:2.5|for our company:2.5|course:1|courses:1.2|signing up:2.5|sign* up:2.5|thinking about joining:3|tell me about:1|want to join:3|like to join:3|how do i join:3|know more:2|learn more:2|tell me more:2|corporate:2|company:1.2|special price:3|bulk:2.5|wholesale:2.5|event:1.5|events:2|wedding:1.5|interested in:3|i am interested:3|more info:2.5|more information:2.5|information about:2|get a quote:3|quote:2|estimate:1.5|sign up:2.5|join:1.5|membership:1.2|become a member:3|call me back:2|contact me:2|" +
        "want to buy:2|would like to buy:2|hire:1.5|plans:1|packages:1|enroll:2.5|enrol:2.5|information:1|details about:1.5",
      pt:
        "para um evento:2.5|para a empresa:2.5|festa:1|confraternizacao:2|info:1.5|mais info:2.5|para a minha empresa:2.5|para minha empresa:2.5|para a minha equipa:2|curso:1|cursos:1.2|quero me matricular:3|como faco para entrar:2.5|quero saber mais:2.5|evento:1.5|eventos:2|empresa:1.2|preco especial:3|desconto:1.5|atacado:2.5|em quantidade:2.5|casamento:1.5|tenho interesse:3|estou interessado:3|estou interessada:3|interesse em:2.5|mais informacoes:2.5|mais informacao:2.5|quero informacoes:2.5|gostaria de informacoes:2.5|orcamento:2.5|fazer um orcamento:3|" +
        "quero contratar:3|contratar:2|me inscrever:2.5|inscricao:2|matricula:2|virar socio:3|ser socio:2.5|planos:1|mensalidade:1|pacotes:1.2|me liga:1.5|me ligue:1.5|podem me ligar:2|entrem em contato:2|" +
        "quero comprar:2|saber mais:2|informacoes:1|informacao:1",
    },
    combos: [{ all: ["necesitamos|queremos|buscamos|we need|we want|we are looking|precisamos|queremos|estamos buscando", "empresa|company|evento|event|grupo|group|oficina|office|equipo|team|equipa|fiesta|party|festa|boda|wedding|casamento|cena|dinner|jantar"], w: 2.5 }],
  },
  human_request: {
    cues: {
      es:
        "alguien me puede llamar:3|me puede llamar alguien:3|me pueden llamar:2|quisiera hablar con:2.5|puedo hablar con:2.5|podria hablar con:2.5|hablar con la:1.5|hablar con el:1.5|atiende una persona:3|atienda una persona:3.5|me atienda alguien:3|una persona por favor:2.5|hay alguien:2|alguien que me atienda:3|me llame alguien:3|me comunican con:3|comunicame con:3|hablar con una persona:3.5|hablar con alguien:3|hablar con un humano:3.5|persona real:3|un humano:3|una persona:1.5|hablar con un agente:3.5|agente:2|operador:2.5|operadora:2.5|asesor:2|asesora:2|" +
        "hablar con el encargado:3.5|encargado:2|encargada:2|responsable:1.5|gerente:2|atencion al cliente:2.5|servicio al cliente:2.5|pasame con:3|pasadme con:3|paseme con:3|ponme con:3|comunicarme con:2|" +
        "no quiero hablar con un robot:3.5|no quiero un bot:3.5|eres un robot:2.5|eres un bot:2.5|hablar con recepcion:3|recepcionista:2|que me llame alguien:3|que me llame una persona:3.5|quiero hablar con:2.5|" +
        "hablar por telefono:2|alguien de verdad:3|persona de verdad:3|humano:2.5|robot:1.5|bot:1.5|maquina:1|hablar con el dueno:3.5|hablar con la duena:3.5|con un empleado:3|con una persona:2.5|atiendame alguien:3|un asesor:2.5|con un asesor:3|atender un asesor:3|un agente:2.5|un operador:2.5|con un operador:3",
      en:
        "could someone call:3|someone call:2.5|can i speak with:2.5|can i speak to:2.5|could i speak to:2.5|could i talk to:2.5|someone call me:3|can someone:2|call me:1.2|speak to a human:3.5|talk to the manager:3.5|speak to the manager:3.5|speak to a manager:3.5|talk to a manager:3.5|let me talk to:2.5|talk to:1.5|speak to:1.5|speak to someone:3|talk to a human:3.5|talk to someone:3|talk to a person:3.5|speak to a person:3.5|real person:3|human:2.5|agent:2|representative:2.5|operator:2.5|manager:2|" +
        "customer service:2|customer support:2|not a bot:3|not a robot:3|are you a bot:2.5|live agent:3.5|put me through:3|transfer me:3|speak with:2|talk with:2|someone real:3|a person:1.5|robot:1.5|bot:1.5",
      pt:
        "alguem pode me ligar:3|pode me ligar:2.5|me ligar:2|queria falar com:2.5|posso falar com:2.5|falar com a:2|falar com o:2|gostaria de falar com:2.5|alguem para me atender:3|alguem ai:2|tem alguem:2|alguem me atende:3|falar com uma pessoa:3.5|falar com alguem:3|falar com um humano:3.5|falar com atendente:3.5|atendente:2.5|humano:2.5|pessoa real:3|gerente:2|operador:2|nao quero falar com robo:3.5|robo:1.5|" +
        "voce e um robo:2.5|atendimento humano:3.5|me transfere:3|me passa para:3|falar com o responsavel:3.5|responsavel:1.5|quero falar com:2.5|uma pessoa:1.5|pessoa de verdade:3|falar com o dono:3.5",
    },
  },
  complaint: {
    cues: {
      es:
        "devolvais el dinero:3|devuelvan el dinero:3|devolvedme:3|me devuelvan:1.5|defectuoso:2|defectuosa:2|ha llegado roto:3|llego roto:3|llego rota:3|ha llegado con:1|agujero:2|roto:1|rota:1|estropeado:2|no funciona:2|reembolso ya:3|no puede ser:2|me cobraron dos veces:3|cobro doble:3|cobrado dos veces:3|insatisfecho:3|insatisfecha:3|descontento:2.5|descontenta:2.5|pesima atencion:3|mala atencion:2.5|verguenza:3|vergonzoso:3|fatal:2|horrible:2|pesimo:2.5|penoso:2|lamentable:2.5|queja:2.5|quejarme:3|reclamacion:2.5|reclamaciones:2.5|hoja de reclamaciones:3.5|reclamo:2|reclamar:2|estafa:3|estafadores:3.5|" +
        "timo:3|timadores:3.5|ladrones:3.5|harto:2.5|harta:2.5|hasta las narices:3|estoy cansado:1.5|indignado:3|indignada:3|inaceptable:3|increible:1|tercera vez:2.5|segunda vez:1.5|otra vez:1|ya os lo dije:2|" +
        "nadie me contesta:2.5|nadie responde:2.5|nadie me responde:2.5|no me contestais:2.5|no contestan:2|sin respuesta:2|mal servicio:2.5|muy mal:1.5|desastre:2.5|devolvedme el dinero:3|quiero mi dinero:2.5|" +
        "denuncia:3|denunciar:3|abogado:3|ocu:2.5|idiotas:3.5|inutiles:3|inutil:2.5|mierda:3.5|joder:3|cono:2.5|carajo:3|pinche:2|pendejo:3.5|pendejos:3.5|boludo:3|boludos:3|basura:2.5|incompetentes:3.5|" +
        "tomadura de pelo:3|cachondeo:2.5|llevo esperando:2|llevo dias:2|llevo semanas:2.5|no es normal:2|no hay derecho:3|que os pasa:2|cabreado:3|cabreada:3|enojado:3|enojada:3|molesto:1.5|molesta:1.5|" +
        "decepcionado:2.5|decepcionada:2.5|nunca mas:2.5|no vuelvo:2|una broma:1.5|ridiculo:2.5|vaya servicio:3|que servicio:1.5|me teneis harto:3.5|estoy harto:3|estoy harta:3|hartos:2.5|ya basta:2.5|chapuza:3",
      en:
        "full refund:3|want a refund:2.5|refund now:3|money back:2.5|defective:2.5|arrived broken:3|broken:1.5|damaged:2|does not work:2|doesnt work:2|headaches:1|charged twice:3|dissatisfied:3|unhappy:2.5|not happy:2.5|bad service:2.5|poor service:2.5|ridiculous:2.5|terrible:2|awful:2.5|horrible:2|worst:2.5|unacceptable:3|disgrace:3|disgraceful:3|shameful:3|complaint:2.5|complain:2.5|scam:3|scammers:3.5|fraud:3|fed up:3|sick of:2.5|third time:2.5|" +
        "second time:1.5|again:0.8|nobody answers:2.5|no one answers:2.5|no one replies:2.5|no response:1.5|useless:2.5|incompetent:3|wtf:3|shit:3|fuck:3.5|fucking:3.5|damn:2|bullshit:3.5|angry:2.5|furious:3|" +
        "disappointed:2|pathetic:3|joke:1.5|lawyer:3|sue:2.5|still waiting:1.5|been waiting:1.5|never again:2.5|waste of:2|rubbish:2.5|garbage:2.5|not acceptable:3|appalling:3|terrible service:3",
      pt:
        "dinheiro de volta:3|quero meu dinheiro:3|defeito:2|veio com defeito:3|veio quebrado:3|quebrado:1.5|nao funciona:2|estragado:2|cobraram duas vezes:3|cobranca duplicada:3|insatisfeito:3|insatisfeita:3|chateado:2|chateada:2|mau atendimento:2.5|pessimo servico:3|vergonha:3|uma vergonha:3|absurdo:2.5|um absurdo:3|pessimo:2.5|horrivel:2.5|terrivel:2|ridiculo:2.5|palhacada:3|reclamacao:2.5|reclamar:2|queixa:2.5|procon:3|reclame aqui:3|golpe:2.5|fraude:3|ladroes:3.5|" +
        "cansado:1|farto:2.5|farta:2.5|indignado:3|inaceitavel:3|terceira vez:2.5|de novo:0.8|outra vez:1|ninguem responde:2.5|ninguem me responde:2.5|sem resposta:2|descaso:3|desrespeito:3|merda:3.5|porra:3|" +
        "caralho:3.5|droga:1.5|lixo:2.5|incompetentes:3.5|inuteis:3|advogado:3|processar:2.5|decepcionado:2.5|irritado:2.5|nunca mais:2.5|esperando ha:1.5|estou esperando:1.5|pouca vergonha:3.5|que absurdo:3",
    },
  },
  greeting: {
    cues: {
      es: "hola:2|buenas:2|buenos dias:2|buenas tardes:2|buenas noches:2|que tal:1.5|holi:2|saludos:2|gracias:2|muchas gracias:2.5|mil gracias:2.5|perfecto:1|vale:0.6|adios:2|hasta luego:2|chao:2|chau:2|nos vemos:2|buen dia:2|genial:1|ok:0.5|de acuerdo:0.6|muy amable:2",
      en: "hi:2|hello:2|hey:2|good morning:2|good afternoon:2|good evening:2|thanks:2|thank you:2.5|cheers:1.5|bye:2|goodbye:2|see you:1.5|perfect:1|great:0.8|ok:0.5|okay:0.5|appreciate it:2",
      pt: "ola:2|oi:2|bom dia:2|boa tarde:2|boa noite:2|e ai:1.5|tudo bem:1.5|obrigado:2|obrigada:2|muito obrigado:2.5|muito obrigada:2.5|valeu:2|tchau:2|ate logo:2|ate mais:2|perfeito:1|beleza:1|ta bom:0.6|combinado:0.8",
    },
  },
  opt_out: {
    cues: {
      es: "publicidad:2|no quiero publicidad:3.5|no me manden:3|no me envien:3|spam:2|darme de baja:3.5|dame de baja:3.5|no quiero recibir:3|no me envies mas:3|no me mandeis mas:3|dejad de escribirme:3.5|deja de escribirme:3.5|no me escribais mas:3.5|no quiero mas mensajes:3.5|baja:1.5|para de enviar:3|no me escribas mas:3.5",
      en: "no more ads:3.5|spam:2|stop texting me:3.5|stop:1.5|unsubscribe:3.5|opt out:3.5|stop sending:3.5|stop messaging:3.5|do not message me:3.5|remove me:3|no more messages:3.5|stop texting:3.5",
      pt: "publicidade:2|propaganda:1.5|nao me mandem:3|descadastrar:3.5|cancelar inscricao:3|nao quero receber:3|nao me mandem mais:3.5|parem de mandar:3.5|remover meu numero:3.5|sair da lista:3.5|parar de receber:3.5",
    },
    combos: [{ all: ["no quiero|no me|stop|dejad|deja de|parem|parar|nao quero|nao me|do not|no more", "publicidad|publicidade|propaganda|promociones|promocoes|ofertas|spam|ads|marketing|newsletter"], w: 3 }],
  },
};

/** Sensitive matters that go to a person whatever else the message says (injuries, emergencies, personal data). */
export const SENSITIVE =
  "urgencia|emergencia|emergency|urgente medica|sangr*|bleeding|dolor muy fuerte|dolor fuerte|mucho dolor|severe pain|chest pain|dor forte|muita dor|suicid*|" +
  "lejia|bleach|cloro|quimico|chemical|quemadura|quemado|burn|burning|arde|me arde|queimadura|queima|herida|wound|ferida|desmay*|faint*|no puedo respirar|can not breathe|nao consigo respirar|" +
  "reaccion alergica|allergic reaction|reacao alergica|intoxica*|poison*|envenen*|se me ha roto un diente|roto un diente|broken tooth|dente partido|dente quebrado|accidente|accident|acidente|" +
  "borrar mis datos|eliminar mis datos|delete my data|erase my data|apagar meus dados|excluir meus dados|rgpd|gdpr|lopd|lgpd|proteccion de datos|data protection|protecao de dados";

/** Ending a contract (membership, subscription, plan): the team's decision, never the assistant's. */
export const CONTRACTS = "membresia|membership|suscripcion|subscription|contrato|contract|cuota mensual|matricula|mensalidade|assinatura|abono|socio|plano mensal|plan mensual|monthly plan|gym plan|gimnasio|gym|club|academia|escuela|school|curso|course|cuota|plan|plano";

/** Yes / no, to confirm or refuse what was just offered. */
export const YES = "si|sii|yes|yeah|yep|sure|ok|okay|vale|dale|sim|claro|perfecto|perfect|perfeito|de acuerdo|esa|ese|eso|that one|essa|esse|isso|confirmo|confirm|correcto|exacto|genial|va|bueno|pode ser|puede ser|me va bien|me viene bien|works for me|fine";
export const NO = "no|nope|nao|ninguna|ninguno|none|nenhuma|nenhum|otra|otro|other|another|outra|outro|mejor otro|neither";
