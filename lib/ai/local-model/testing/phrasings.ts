import type { Intent, Language } from "../../types";

/**
 * How customers word each intent, in Spanish (Spain and Latin America), English and Portuguese
 * (Brazil and Portugal) — with typos, missing accents and chat shorthand. The unit tests check the
 * engine against every line; add the phrasings it gets wrong here first.
 */

type Phrasings = Record<Exclude<Intent, "other">, Record<Language, string[]>>;

export const PHRASINGS: Phrasings = {
  order_status: {
    es: [
      "¿Dónde está mi pedido 8842?", "hola, mi pedido no ha llegado todavia", "quiero saber el estado de mi pedido #5521", "cuando me llega el paquete?", "pedido 8842", "Todavía no me llegó la orden, es la 1209",
      "me pasas el numero de seguimiento de mi compra?", "q pasa con mi pedido", "Ya salió mi pedido?", "donde esta mi pedio 7731", "Buenas, quería saber cómo va mi pedido", "mi paquete sigue sin llegar",
    ],
    en: ["Where is my order #8842?", "my package hasn't arrived yet", "Can you track my order 1209?", "order status please", "when will my order arrive", "I still haven't received my parcel", "has it shipped yet?", "any update on my order A-1209?"],
    pt: ["Onde está o meu pedido 8842?", "meu pedido ainda não chegou", "qual o status do pedido 5521?", "quando chega minha encomenda?", "cadê meu pedido??", "queria saber do rastreio da minha compra", "ainda nao recebi o pacote", "a minha encomenda já foi enviada?"],
  },
  delivery_change: {
    es: [
      "¿Puedo cambiar la entrega de mi pedido 8842?", "no voy a estar en casa el jueves, ¿me lo pueden entregar otro día?", "quiero recogerlo en tienda", "prefiero recogida en la clínica", "cambiar la dirección de envío del pedido 8842",
      "me lo podeis mandar a otra direccion?", "puedo pasar a buscarlo yo?", "quisiera cambiar el dia de entrega",
    ],
    en: ["Can I change the delivery of order 8842?", "I won't be home on Thursday, can you deliver another day?", "I'd like to pick it up in store", "can I change the delivery address?", "please redeliver on Saturday", "could you deliver it on Saturday morning instead?"],
    pt: ["Posso mudar a entrega do pedido 8842?", "não vou estar em casa na quinta, podem entregar outro dia?", "quero retirar na loja", "dá para alterar o endereço de entrega?", "prefiro levantar na loja", "quero trocar o endereço da encomenda"],
  },
  book_appointment: {
    es: [
      "Quiero pedir cita para una limpieza el viernes por la tarde", "¿Tenéis hueco mañana a las 5?", "quisiera reservar una mesa para 4 el sábado", "kiero una sita para cortarme el pelo", "necesito turno con el dentista",
      "me gustaría reservar clase de spinning el lunes", "hola, quiero agendar una hora para la semana que viene", "tienen disponibilidad el jueves en la mañana?", "puedo pedir cita para mañana?", "Buenas! quería una cita para blanqueamiento",
    ],
    en: ["I'd like to book an appointment for a cleaning on Friday afternoon", "Do you have any availability tomorrow at 5pm?", "Can I book a table for 2 tonight?", "I need an appointment next Tuesday at 10am", "book me a haircut please", "are there any free slots this week?"],
    pt: ["Quero marcar uma consulta para sexta à tarde", "tem horário disponível amanhã às 15h?", "gostaria de agendar um corte de cabelo", "queria fazer uma marcação para segunda", "tem vaga pra amanhã de manhã?", "quero reservar uma mesa para 4 no sábado"],
  },
  reschedule_appointment: {
    es: ["Necesito cambiar mi cita al jueves", "¿puedo mover la cita de mañana a otra hora?", "quiero aplazar la cita", "me gustaria reprogramar mi turno", "no puedo ese día, ¿podemos cambiar la hora de la reserva?", "quiero cambiar mi reserva al sabado"],
    en: ["I need to reschedule my appointment", "can I move my appointment to Friday?", "I'd like to change my booking to another day", "could we postpone my appointment?", "can I change the time of my appointment"],
    pt: ["Preciso remarcar a minha consulta", "posso mudar o horário da consulta para sexta?", "quero reagendar para outro dia", "dá para adiar a minha marcação?", "gostaria de alterar a consulta"],
  },
  cancel_appointment: {
    es: ["Quiero cancelar mi cita", "no podré ir mañana, anulad la cita por favor", "cancela la reserva del sabado", "necesito anular mi turno", "al final no voy a poder ir a la cita"],
    en: ["I want to cancel my appointment", "I can't make it tomorrow, please cancel", "cancel my booking for Friday", "please cancel the reservation"],
    pt: ["Quero cancelar a minha consulta", "preciso desmarcar o horário de amanhã", "não vou poder ir, pode cancelar?", "cancelar o agendamento de sexta"],
  },
  hours_location: {
    es: ["¿A qué hora abrís?", "¿Cuál es vuestro horario?", "¿abren los domingos?", "donde estan ubicados?", "¿Cuál es la dirección de la clínica?", "¿Hasta qué hora está abierto hoy?", "horario de atencion?", "como llego a la tienda?", "abris el 8 de diciembre?", "a que ora cierran"],
    en: ["What are your opening hours?", "Are you open on Sunday?", "where are you located?", "what time do you close today?", "what's your address?", "are you open tomorrow?"],
    pt: ["Qual o horário de funcionamento?", "vocês abrem no domingo?", "onde fica a loja?", "qual é o endereço?", "até que horas estão abertos hoje?", "que horas fecham?"],
  },
  prices_services: {
    es: ["¿Cuánto cuesta una limpieza?", "precio del blanqueamiento?", "¿qué servicios ofrecéis?", "cuanto sale el corte de pelo?", "me pasas la lista de precios", "cuanto cobran por una consulta", "qué tratamientos tenéis y a qué precio?"],
    en: ["How much is a cleaning?", "what are your prices?", "what services do you offer?", "how much does a haircut cost?", "can you send me the price list?"],
    pt: ["Quanto custa uma limpeza?", "qual o valor do corte?", "quais serviços vocês oferecem?", "quanto fica o clareamento?", "tem tabela de preços?"],
  },
  faq: {
    es: ["¿Aceptáis tarjeta?", "hacéis envíos a Canarias?", "¿Tenéis parking?", "se puede pagar con bizum?", "puedo devolver un producto?", "¿Se puede ir con perro?", "¿trabajan con seguros médicos?", "¿Cuál es la política de devoluciones?"],
    en: ["Do you accept credit cards?", "Do you ship to Canada?", "Is there parking?", "what is your return policy?", "can I bring my dog?", "do you take insurance?"],
    pt: ["Vocês aceitam cartão?", "aceitam pix?", "tem estacionamento?", "fazem entrega em Portugal?", "posso devolver o produto?", "dá pra parcelar?"],
  },
  lead_interest: {
    es: ["Me interesa el plan premium", "Quisiera información sobre las clases de yoga", "quiero un presupuesto para una reforma", "estoy interesado en hacerme socio del gimnasio", "me podeis mandar mas info del curso?", "quiero contratar el servicio de mantenimiento"],
    en: ["I'm interested in the premium plan", "I'd like more information about your yoga classes", "can I get a quote for a kitchen renovation?", "how do I sign up for membership?", "I want to join the gym"],
    pt: ["Tenho interesse no plano premium", "gostaria de mais informações sobre as aulas", "quero fazer um orçamento", "quero me inscrever na academia", "estou interessada no curso"],
  },
  human_request: {
    es: ["Quiero hablar con una persona", "pásame con un agente por favor", "¿Puedo hablar con alguien de verdad?", "no quiero hablar con un robot", "quiero hablar con el encargado", "necesito hablar con un humano", "me puede atender un asesor?"],
    en: ["I want to speak to a human", "can I talk to a real person?", "put me through to an agent", "I don't want a bot, I want a person", "let me talk to the manager"],
    pt: ["Quero falar com uma pessoa", "posso falar com um atendente?", "me passa para um humano", "não quero falar com robô", "quero falar com o responsável"],
  },
  complaint: {
    es: ["ESTO ES UNA VERGÜENZA, TERCERA VEZ QUE PREGUNTO", "Estoy harto, el pedido llega tarde otra vez", "es una estafa, quiero mi dinero", "pésimo servicio, nadie me contesta", "voy a poner una hoja de reclamaciones", "sois unos inútiles", "que desastre de atención, no hay derecho"],
    en: ["This is ridiculous, third time I ask!!!", "worst service ever, nobody answers", "I'm fed up with you", "this is unacceptable, I want a refund now", "you are useless"],
    pt: ["Isso é uma vergonha, já é a terceira vez que peço", "péssimo atendimento, ninguém responde", "vou reclamar no Procon", "que absurdo, estou muito irritado", "vocês são uns incompetentes"],
  },
  greeting: {
    es: ["Hola", "buenas tardes", "holaa, que tal?", "muchas gracias!", "vale, gracias", "buen dia", "adiós, hasta luego"],
    en: ["Hi", "hello there", "good morning", "thanks a lot!", "thank you, bye"],
    pt: ["Olá", "oi, tudo bem?", "bom dia", "obrigado!", "valeu, tchau"],
  },
  opt_out: {
    es: ["darme de baja", "no quiero recibir más mensajes", "dejad de escribirme", "no me escribáis más por favor"],
    en: ["unsubscribe", "stop sending me messages", "please remove me from this list"],
    pt: ["não quero receber mais mensagens", "parem de mandar mensagens", "quero sair da lista"],
  },
};
