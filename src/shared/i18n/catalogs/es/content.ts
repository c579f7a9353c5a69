/** Spanish exercise content: "tú", neutral international Spanish, step for step like the English records. */
import type { ContentText } from '../../content';

export const content = {
  exercises: {
    'posture-check': {
      name: 'Revisión de postura',
      summary: 'Un repaso rápido, de la cabeza a los pies, de cómo te sientas en el escritorio.',
      why: 'Sin darnos cuenta, volvemos a encorvarnos. Repasar una breve lista unas cuantas veces al día te devuelve a la posición que menos carga el cuello y la espalda.',
      steps: [
        'Descruza las piernas y apoya ambos pies planos en el suelo, con las rodillas dobladas más o menos en ángulo recto.',
        'Siéntate con la espalda recta y estirada, la cadera hacia el fondo del asiento y el pecho ligeramente elevado.',
        'Lleva los hombros hacia atrás y luego déjalos bajar, lejos de las orejas.',
        'Mete un poco el abdomen para activar el core.',
        'Endereza la cabeza para que las orejas queden sobre los hombros y el cuello esté en posición neutra, sin adelantarlo hacia la pantalla.',
        'Apoya las manos en el teclado con los antebrazos más o menos paralelos al suelo; ajusta la silla si quedan inclinados.',
      ],
      caution: 'Busca comodidad, no rigidez: mantén cada posición con suavidad y sigue respirando.',
    },
    'chin-tuck': {
      name: 'Retracción de mentón',
      summary: 'Desliza hacia atrás, sobre los hombros, una cabeza que se ha ido hacia adelante.',
      why: 'Las horas frente a la pantalla llevan la cabeza hacia adelante. Llevar el mentón recto hacia atrás enseña al cuello a alinearse con la columna y alivia la tensión en la parte posterior del cuello y entre los hombros.',
      steps: [
        'Siéntate o ponte de pie con la espalda recta, la mirada al frente y el mentón paralelo al suelo. Apoya el dedo índice derecho en la parte delantera del mentón.',
        'Desliza el mentón recto hacia atrás, como si quisieras hacer doble mentón, hasta notar un tirón suave en la parte posterior del cuello.',
        'Suelta y vuelve a poner la cabeza recta.',
      ],
      easier:
        'Apoya ligeramente la parte posterior de la cabeza en un respaldo alto o en una pared y deslízala recta hacia atrás contra ese apoyo, en lugar de sostenerla tú.',
      caution:
        'Haz el movimiento pequeño y lento; detente si te causa dolor, mareo u hormigueo en los brazos.',
    },
    'shoulder-shrug-circle': {
      name: 'Círculos de hombros',
      summary: 'Hace rodar los hombros en círculos grandes y lentos, con los brazos extendidos al frente.',
      why: 'Llevar los hombros por todo su recorrido circular suelta los músculos de la parte alta de la espalda, y terminar cada círculo atrás y abajo entrena la posición que pide una buena postura.',
      steps: [
        'Ponte de pie con la espalda recta y levanta ambos brazos extendidos al frente, a la altura de los hombros. Mantenlos ahí todo el tiempo.',
        'Haz círculos con los hombros hacia atrás: súbelos hacia las orejas, llévalos hacia atrás apretando y luego bájalos bien lejos de las orejas. Haz los círculos lentos y amplios.',
        'Cambia de sentido: súbelos hacia las orejas, hazlos rodar hacia adelante y luego bájalos, durante el mismo tiempo.',
      ],
      easier:
        'Siéntate con la espalda apoyada en la silla para tener más soporte, y descansa los brazos si te cansa mantenerlos arriba.',
      caution:
        'Ve despacio y mantén los círculos sin dolor; hazlos más pequeños si el cuello o los hombros se quejan.',
    },
    'wall-pec-stretch': {
      name: 'Estiramiento de pectoral en la pared',
      summary: 'Abre un pecho tenso con un antebrazo apoyado en la pared.',
      why: 'Los pectorales tensos tiran de los hombros hacia adelante y redondean la parte alta de la espalda. Soltarlos te facilita sentarte con la espalda recta sin tener que luchar contra tu propio cuerpo.',
      steps: [
        'Ponte de pie junto a una pared, con la espalda recta. Levanta el brazo derecho a la altura del hombro con el codo doblado en ángulo recto y apoya la palma y el antebrazo planos contra la pared. Deja colgar el brazo izquierdo.',
        'Sin separar el brazo de la pared, gira el cuerpo despacio hacia la izquierda hasta notar un buen estiramiento en el lado derecho del pecho y del hombro. Mantén.',
        'Date la vuelta para que la pared quede a tu izquierda y cambia de brazo: antebrazo y palma izquierdos en la pared, codo doblado en ángulo recto, brazo derecho relajado.',
        'Gira despacio hacia la derecha hasta que se estire el lado izquierdo del pecho y del hombro. Mantén.',
      ],
      easier: 'Coloca el codo un poco más bajo que el hombro y gira solo una parte del recorrido.',
      caution:
        'El estiramiento debe sentirse intenso, pero nunca punzante. Detente si notas hormigueo o adormecimiento a lo largo del brazo.',
    },
    'cat-pose': {
      name: 'Postura del gato',
      summary: 'Redondea la columna hacia arriba como un gato que arquea el lomo y luego la desenrolla.',
      why: 'Redondear la espalda con suavidad estira toda la columna, y meter el abdomen ensaya la misma activación del core en la que se apoya una buena postura sentada.',
      steps: [
        'Colócate a cuatro patas, con las manos bajo los hombros y la espalda plana.',
        'Suelta el aire mientras redondeas la espalda hacia el techo, metiendo el abdomen y dejando caer el mentón hacia el pecho.',
        'Desenrolla la espalda despacio, desde el coxis hacia arriba, un tramo de la columna cada vez, hasta que vuelva a quedar plana.',
      ],
      easier:
        'Hazlo en la silla: manos sobre las rodillas, redondea la espalda y baja el mentón al soltar el aire, y luego vuelve a enderezarte.',
      caution:
        'Muévete dentro de un rango cómodo y pon un cojín bajo las rodillas si te duele estar de rodillas.',
    },
    'childs-pose-reach': {
      name: 'Postura del niño con estiramiento lateral alterno',
      summary:
        'Una flexión hacia adelante de rodillas que luego se estira hacia cada lado para abrir la espalda y los costados.',
      why: 'Plegarse hacia adelante alarga la columna, y desplazar las manos hacia un lado estira los dorsales, los músculos anchos bajo las axilas que se tensan tras un esfuerzo de la parte superior del cuerpo.',
      steps: [
        'Arrodíllate con el tronco erguido, la cadera sobre las rodillas, las rodillas separadas al ancho de la cadera y los dedos gordos de los pies tocándose detrás de ti.',
        'Lleva los glúteos hacia atrás hasta sentarte sobre los talones.',
        'Suelta el aire y baja el pecho hacia el suelo. Estira los brazos al frente, apoya la frente y deja que el cuello y el coxis se alarguen. Quédate así unas cuantas respiraciones lentas.',
        'Mantén la cadera quieta y desplaza ambas manos hacia la derecha hasta que se estire el lado izquierdo del cuerpo. Respira hacia esa zona.',
        'Vuelve a llevar las manos al centro.',
        'Ahora desplaza ambas manos hacia la izquierda para estirar el lado derecho. Respira hacia esa zona.',
        'Vuelve a llevar las manos al centro y sube despacio, enrollando la columna, hasta sentarte sobre los talones.',
      ],
      easier:
        'Pon una manta doblada o un cojín entre los talones y los glúteos, o separa más las rodillas, para no tener que plegarte tanto.',
      caution: 'Omite este ejercicio o acolcha bien si te duelen las rodillas o la cadera al arrodillarte.',
    },
    'scapular-push-up': {
      name: 'Flexión escapular',
      summary: 'Mueve solo las escápulas, con los brazos rectos, desde una plancha.',
      why: 'Pasar mucho tiempo sentado hace que las escápulas se cansen y se desplacen hacia adelante. Juntarlas y separarlas fortalece los músculos que mantienen los hombros hacia atrás y la parte alta de la columna erguida.',
      steps: [
        'Colócate en plancha alta: manos y pies separados más o menos al ancho de los hombros, muñecas bajo los hombros, abdomen firme.',
        'Con los brazos estirados, deja que el pecho baje hacia el suelo para que las escápulas se deslicen una hacia la otra. Mantén un momento.',
        'Empuja el suelo para que la parte alta de la espalda suba hacia el techo, dejando que las escápulas se separen mientras las mantienes hacia abajo, bien lejos de las orejas.',
      ],
      easier:
        'Ponte de pie frente a una pared, con las palmas apoyadas en ella a la altura del pecho, y haz ahí el mismo movimiento de escápulas.',
      caution:
        'Mantén los brazos rectos y los hombros lejos de las orejas; detente si sientes dolor en la articulación del hombro.',
    },
    'glute-bridge': {
      name: 'Puente de glúteos',
      summary: 'Eleva la cadera del suelo para activar los glúteos y el core profundo.',
      why: 'Cuando el core y la cadera están débiles, la espalda asume el trabajo y se sobrecarga. El puente fortalece los músculos que estabilizan la pelvis y la columna, para que la espalda tenga menos que compensar.',
      steps: [
        'Acuéstate boca arriba, con las rodillas dobladas, los pies planos y separados al ancho de la cadera, y los brazos relajados a los lados. Deja los hombros pesados sobre el suelo.',
        'Aprieta los glúteos y el abdomen, y luego empuja con los talones para elevar la cadera hasta que rodillas, cadera y pecho formen una línea inclinada.',
        'Mantén el puente con los glúteos apretados. Mantén la zona lumbar alargada en lugar de arqueada.',
        'Vuelve a bajar la cadera despacio hasta el suelo, desenrollando la espalda.',
        'Descansa una respiración antes de volver a subir.',
      ],
      easier:
        'Eleva la cadera solo una parte del recorrido y bájala enseguida; ve progresando hasta mantener la posición completa.',
      caution: 'Si lo notas en la zona lumbar en lugar de en los glúteos, sube menos. Detente si duele.',
    },
    'bird-dog': {
      name: 'Bird dog',
      summary: 'Estira un brazo y la pierna contraria mientras el tronco se mantiene quieto.',
      why: 'Mantener el cuerpo estable mientras se mueven un brazo y la pierna contraria entrena las capas profundas del core que sujetan la columna en su sitio, sin cargarla mucho.',
      steps: [
        'Colócate a cuatro patas: manos bajo los hombros, rodillas bajo la cadera, espalda plana.',
        'Estira el brazo izquierdo hacia adelante hasta que quede alineado con la oreja y, al mismo tiempo, lleva la pierna derecha estirada hacia atrás. Mantén la posición estable.',
        'Baja el brazo y la pierna para volver a cuatro patas.',
        'Ahora la otra pareja: estira el brazo derecho hacia adelante y la pierna izquierda hacia atrás. Mantén la posición estable.',
        'Bájalos de nuevo y vuelve a cuatro patas.',
      ],
      easier:
        'Deja ambas rodillas en el suelo y estira solo los brazos hacia adelante, de uno en uno, cambiando de lado en cada repetición.',
      caution:
        'Mantén la cadera nivelada y la espalda plana, sin girarte ni hundirte. Acolcha las rodillas si te resulta incómodo estar de rodillas.',
    },
    plank: {
      name: 'Plancha',
      summary: 'Mantiene el cuerpo en una sola línea recta para lograr un core estable.',
      why: 'La plancha trabaja a la vez toda la faja muscular que rodea el tronco. Un core más fuerte soporta una mayor parte de la carga que, si no, asume una espalda cansada.',
      steps: [
        'Acuéstate boca abajo, con las palmas planas en el suelo junto a los hombros y los dedos de los pies flexionados y apoyados.',
        'Toma aire y empuja el suelo hasta quedar en la posición alta de una flexión de brazos, con el cuerpo recto de los talones a la cabeza.',
        'Mete el ombligo y aprieta los glúteos. Mira al suelo justo debajo de tu cara y sigue respirando de forma regular.',
        'Baja con suavidad de nuevo hasta el suelo.',
        'Descansa antes de la siguiente plancha.',
      ],
      easier: 'Mantén las rodillas en el suelo para que la línea recta vaya de las rodillas a la cabeza.',
      caution:
        'Detente si la zona lumbar empieza a hundirse o a doler; es mejor mantener menos tiempo y con buena técnica que mucho tiempo y de cualquier manera.',
    },
  },
  routines: {
    'desk-micro-break': {
      name: 'Micropausa en el escritorio',
      summary: 'Suelta los hombros y recoloca el cuello sin levantarte de la silla.',
    },
    'seated-neck-shoulders': {
      name: 'Cuello y hombros desde la silla',
      summary:
        'Una secuencia algo más larga, fácil de hacer en la silla, para el cuello y la parte alta de la espalda.',
    },
    'upper-back-reset': {
      name: 'Reajuste de la espalda alta',
      summary: 'Ponte de pie, abre el pecho y lleva la cabeza de vuelta sobre los hombros.',
    },
    'core-and-posture': {
      name: 'Core y postura',
      summary:
        'Trabajo en el suelo para el core profundo y las escápulas, con una revisión de postura al final, de vuelta en el escritorio.',
    },
  },
  tips: {
    'heat-or-ice': {
      title: '¿Calor o hielo?',
      body: 'La mayoría de los dolores de espalda moderados responden a un simple calor o frío. Recurre al hielo cuando el dolor sea reciente y agudo; si no, una compresa caliente suele ser la mejor opción.',
    },
    'rest-then-move': {
      title: 'Descansa un poco y vuelve a moverte',
      body: 'Deja durante unos días lo que parezca desencadenar el dolor, como una sesión intensa en el gimnasio o una mala silla, hasta que baje a un nivel que puedas manejar. Después vuelve poco a poco con movimiento ligero y ejercicios suaves. Mantenerse activo ayuda más que quedarse en la cama, porque el movimiento mantiene el flujo de sangre hacia la zona dolorida.',
    },
    'sitting-posture': {
      title: 'Cómo sentarte en tu escritorio',
      body: 'Gran parte del dolor de la espalda alta viene de pasar muchas horas con la espalda encorvada frente a una pantalla. Revisa estos puntos de vez en cuando:',
      points: [
        'Siéntate con la espalda recta, los hombros hacia atrás y bajados, lejos de las orejas.',
        'Mantén el abdomen ligeramente metido para que el core siga activo.',
        'Descruza las piernas y apoya ambos pies planos en el suelo.',
        'Dobla las rodillas más o menos en ángulo recto.',
        'Al escribir, mantén los antebrazos más o menos paralelos al suelo.',
        'Mantén la cabeza recta, con las orejas sobre los hombros, para que el cuello quede en posición neutra.',
      ],
    },
    'core-supports-spine': {
      title: 'Tu core sostiene tu espalda',
      body: 'El core es más que los abdominales que se ven: capas de músculos profundos rodean el tronco y estabilizan la columna y la pelvis. Cuando están débiles, la espalda hace horas extra para compensarlo. Movimientos sencillos como el puente de glúteos, el bird dog y la plancha los fortalecen, siempre que no causen mucho dolor.',
    },
    'medication-caution': {
      title: 'Medicamentos para el dolor',
      body: 'Los analgésicos antiinflamatorios como el ibuprofeno o el naproxeno pueden atenuar el dolor de espalda. Si nunca has tomado un medicamento de venta libre, consulta antes con un médico.',
    },
  },
  poses: {
    'posture-check/feet-flat': {
      description:
        'En posición sentada ante el escritorio, con ambos pies planos en el suelo y las rodillas más o menos en ángulo recto.',
      arrows: ['ambos pies planos en el suelo'],
    },
    'posture-check/sitting-tall': {
      description:
        'En posición sentada, erguida y recta, al fondo del asiento, con los pies planos y el pecho ligeramente elevado.',
      arrows: ['la espalda se endereza'],
    },
    'posture-check/shoulders-back-down': {
      description:
        'En posición sentada y erguida, con los hombros llevados hacia atrás y bajados, lejos de las orejas.',
      arrows: ['los hombros van hacia atrás y bajan'],
    },
    'posture-check/core-engaged': {
      description: 'En posición sentada y erguida, con los hombros bajos y el abdomen ligeramente metido.',
      arrows: ['el abdomen se mete'],
    },
    'posture-check/neck-neutral': {
      description:
        'En posición sentada y erguida, con la cabeza recta y las orejas sobre los hombros, sin estirar el cuello hacia la pantalla.',
      arrows: ['la cabeza vuelve sobre los hombros'],
    },
    'posture-check/forearms-level': {
      description:
        'En posición sentada y erguida ante el escritorio, con las manos en el teclado y los antebrazos más o menos paralelos al suelo.',
    },
    'chin-tuck/finger-on-chin': {
      description:
        'De pie, con el cuerpo erguido, la cabeza recta y el índice derecho apoyado en la parte delantera del mentón.',
    },
    'chin-tuck/tucked': {
      description:
        'De pie, con el cuerpo erguido y el mentón llevado recto hacia atrás formando doble mentón, la cabeza recta y el dedo en el mentón.',
      arrows: ['el mentón se desliza recto hacia atrás'],
    },
    'shoulder-shrug-circle/arms-forward': {
      description:
        'De pie, con el cuerpo erguido y ambos brazos extendidos al frente a la altura de los hombros.',
    },
    'shoulder-shrug-circle/circling-backward': {
      description:
        'De pie, con los brazos extendidos al frente a la altura de los hombros y los hombros subidos hacia las orejas, rodando hacia atrás.',
      arrows: ['los hombros giran hacia arriba, atrás y abajo'],
    },
    'shoulder-shrug-circle/circling-forward': {
      description:
        'De pie, con los brazos extendidos al frente a la altura de los hombros y los hombros subidos hacia las orejas, rodando hacia adelante.',
      arrows: ['los hombros giran hacia arriba, adelante y abajo'],
    },
    'wall-pec-stretch/right-arm-on-wall': {
      description:
        'De pie, con el cuerpo erguido, junto a una pared, el brazo derecho levantado con el codo doblado en ángulo recto a la altura del hombro y el antebrazo y la palma planos contra la pared; el otro brazo cuelga.',
      arrows: [],
    },
    'wall-pec-stretch/right-turned-away': {
      description:
        'De pie junto a una pared, con el antebrazo y la palma derechos planos contra ella, el codo doblado en ángulo recto a la altura del hombro y el cuerpo girado hacia la izquierda, alejándose de la pared.',
      arrows: ['el cuerpo gira hacia la izquierda, alejándose de la pared'],
    },
    'wall-pec-stretch/left-arm-on-wall': {
      description:
        'De pie, con el cuerpo erguido, junto a una pared, el brazo izquierdo levantado con el codo doblado en ángulo recto a la altura del hombro y el antebrazo y la palma planos contra la pared; el otro brazo cuelga.',
      arrows: [],
    },
    'wall-pec-stretch/left-turned-away': {
      description:
        'De pie junto a una pared, con el antebrazo y la palma izquierdos planos contra ella, el codo doblado en ángulo recto a la altura del hombro y el cuerpo girado hacia la derecha, alejándose de la pared.',
      arrows: ['el cuerpo gira hacia la derecha, alejándose de la pared'],
    },
    'cat-pose/all-fours': {
      description:
        'A cuatro patas, con las manos bajo los hombros, las rodillas bajo la cadera y la espalda plana.',
    },
    'cat-pose/back-rounded': {
      description:
        'A cuatro patas, con la espalda redondeada hacia el techo, el abdomen metido y el mentón recogido hacia el pecho.',
      arrows: ['la espalda se redondea hacia el techo'],
    },
    'childs-pose-reach/kneeling-upright': {
      description:
        'De rodillas con el tronco erguido, la cadera sobre las rodillas, las espinillas y el empeine en el suelo y los brazos a los lados.',
    },
    'childs-pose-reach/sitting-on-heels': {
      description:
        'De rodillas, con los glúteos sobre los talones, el tronco erguido y las manos apoyadas en los muslos.',
    },
    'childs-pose-reach/folded-arms-forward': {
      description:
        'Postura del niño: los glúteos sobre los talones, el pecho plegado sobre los muslos, los brazos estirados al frente en el suelo y la frente en la colchoneta.',
    },
    'childs-pose-reach/hands-to-right': {
      description:
        'Postura del niño vista desde arriba: la cadera sobre los talones, los brazos estirados por encima de la cabeza y desplazados hacia la derecha, con el cuerpo curvado de modo que se estira el lado izquierdo.',
      arrows: ['las manos se desplazan hacia la derecha y estiran el lado izquierdo'],
    },
    'childs-pose-reach/hands-to-left': {
      description:
        'Postura del niño vista desde arriba: la cadera sobre los talones, los brazos estirados por encima de la cabeza y desplazados hacia la izquierda, con el cuerpo curvado de modo que se estira el lado derecho.',
      arrows: ['las manos se desplazan hacia la izquierda y estiran el lado derecho'],
    },
    'scapular-push-up/high-plank': {
      description:
        'Plancha alta: brazos rectos, muñecas bajo los hombros, el cuerpo en una sola línea recta y el abdomen firme.',
    },
    'scapular-push-up/blades-squeezed': {
      description:
        'Plancha alta con los brazos rectos, el pecho hundido hacia el suelo y las escápulas juntas.',
      arrows: ['el pecho baja mientras las escápulas se juntan'],
    },
    'scapular-push-up/upper-back-raised': {
      description:
        'Plancha alta con los brazos rectos, la parte alta de la espalda empujada hacia el techo y las escápulas separadas.',
      arrows: ['la parte alta de la espalda sube mientras las escápulas se separan'],
    },
    'glute-bridge/lying-knees-bent': {
      description:
        'Boca arriba, con las rodillas dobladas, los pies planos en el suelo separados al ancho de la cadera y los brazos relajados a los lados.',
    },
    'glute-bridge/hips-raised': {
      description:
        'Puente de glúteos: hombros y pies en el suelo, la cadera elevada de modo que rodillas, cadera y pecho forman una sola línea recta inclinada.',
      arrows: ['la cadera sube hacia el techo'],
    },
    'bird-dog/all-fours': {
      description:
        'A cuatro patas, con las manos bajo los hombros, las rodillas bajo la cadera y la espalda plana.',
    },
    'bird-dog/left-arm-right-leg': {
      description:
        'A cuatro patas, con el brazo izquierdo estirado recto hacia adelante a la altura de la oreja y la pierna derecha recta hacia atrás, la espalda plana.',
      arrows: ['el brazo izquierdo se estira hacia adelante', 'la pierna derecha empuja hacia atrás'],
    },
    'bird-dog/right-arm-left-leg': {
      description:
        'A cuatro patas, con el brazo derecho estirado recto hacia adelante a la altura de la oreja y la pierna izquierda recta hacia atrás, la espalda plana.',
      arrows: ['el brazo derecho se estira hacia adelante', 'la pierna izquierda empuja hacia atrás'],
    },
    'plank/face-down': {
      description:
        'Boca abajo, con las palmas planas en el suelo junto a los hombros, los codos doblados hacia arriba y los dedos de los pies flexionados, apoyados en el suelo.',
    },
    'plank/high-plank': {
      description:
        'Plancha alta: brazos rectos con las manos bajo los hombros, el cuerpo en una sola línea recta de los talones a la cabeza y la mirada hacia el suelo.',
    },
  },
  safetyAdvice:
    'Si el dolor es intenso o te impide hacer tus actividades cotidianas, consulta a un médico o a otro profesional de la salud antes de confiar en estos ejercicios. Detén cualquier ejercicio que te cause dolor.',
} satisfies ContentText;
