/** Exercícios, rotinas, dicas e descrições das figuras em português do Brasil, passo a passo como o inglês. */
import type { ContentText } from '../../content';

export const content = {
  exercises: {
    'posture-check': {
      name: 'Checagem da postura',
      summary: 'Um ajuste rápido, da cabeça aos pés, da forma como você se senta à mesa.',
      why: 'A postura curvada volta sem que a gente perceba. Repassar uma pequena lista algumas vezes por dia restabelece a posição que menos sobrecarrega o pescoço e as costas.',
      steps: [
        'Descruze as pernas e apoie os dois pés inteiros no chão, com os joelhos dobrados em mais ou menos um ângulo reto.',
        'Sente-se com o tronco reto e alongado, o quadril para o fundo do assento e o peito levemente erguido.',
        'Leve os ombros para trás e depois deixe que eles se acomodem para baixo, longe das orelhas.',
        'Puxe a barriga um pouco para dentro para ativar o core.',
        'Nivele a cabeça, de modo que as orelhas fiquem sobre os ombros e o pescoço fique neutro, sem projetar a cabeça em direção à tela.',
        'Apoie as mãos no teclado com os antebraços mais ou menos paralelos ao chão; se eles ficarem inclinados, ajuste a cadeira.',
      ],
      caution:
        'Procure uma postura confortável, não rígida: mantenha cada posição com leveza e continue respirando.',
    },
    'chin-tuck': {
      name: 'Retração do queixo',
      summary: 'Desliza de volta sobre os ombros a cabeça que tende a ir para a frente.',
      why: 'Horas diante da tela puxam a cabeça para a frente. Levar o queixo reto para trás treina o pescoço a ficar alinhado com a coluna e alivia a tensão ao longo da parte de trás do pescoço e entre os ombros.',
      steps: [
        'Sente-se ou fique em pé com o corpo alongado, o olhar na horizontal e o queixo paralelo ao chão. Apoie o dedo indicador direito na frente do queixo.',
        'Deslize o queixo reto para trás, como se formasse uma papada, até sentir um leve puxão na parte de trás do pescoço.',
        'Desfaça a retração e volte a cabeça à posição nivelada.',
      ],
      easier:
        'Encoste levemente a parte de trás da cabeça no encosto alto de uma cadeira ou em uma parede e deslize a cabeça reto para trás, contra esse apoio, em vez de sustentá-la por conta própria.',
      caution:
        'Faça o movimento pequeno e lento; pare se ele causar dor, tontura ou formigamento nos braços.',
    },
    'shoulder-shrug-circle': {
      name: 'Círculos com os ombros',
      summary: 'Gira os ombros em círculos grandes e lentos, com os braços estendidos à frente.',
      why: 'Levar os ombros pelo círculo completo solta os músculos da parte de cima das costas, e terminar cada círculo para trás e para baixo treina a posição que uma boa postura pede.',
      steps: [
        'Fique em pé com o corpo alongado e levante os dois braços estendidos à sua frente, na altura dos ombros. Mantenha-os assim o tempo todo.',
        'Faça círculos com os ombros para trás: eleve-os em direção às orelhas, puxe-os firmemente para trás e depois abaixe-os, bem longe das orelhas. Faça círculos lentos e completos.',
        'Mude o sentido: eleve-os em direção às orelhas, gire-os para a frente e depois abaixe-os, pelo mesmo tempo.',
      ],
      easier:
        'Sente-se com as costas apoiadas na cadeira para ter mais apoio e descanse os braços se mantê-los erguidos for cansativo.',
      caution:
        'Vá devagar e mantenha os círculos sem dor; faça-os menores se o pescoço ou os ombros reclamarem.',
    },
    'wall-pec-stretch': {
      name: 'Alongamento de peitoral na parede',
      summary: 'Abre o peito tenso, com um antebraço apoiado na parede.',
      why: 'Músculos do peito encurtados puxam os ombros para a frente e arredondam a parte de cima das costas. Soltá-los facilita sentar com a coluna ereta sem ter que lutar contra o próprio corpo.',
      steps: [
        'Fique em pé, com o corpo alongado, ao lado de uma parede. Levante o braço direito até a altura do ombro, com o cotovelo dobrado em ângulo reto, e apoie firmemente a palma da mão e todo o antebraço na parede. Deixe o braço esquerdo solto.',
        'Mantendo o braço na parede, gire o corpo devagar para a esquerda até sentir um bom alongamento no lado direito do peito e do ombro. Mantenha a posição.',
        'Vire-se para o outro lado, de modo que a parede fique à sua esquerda, e troque de braço: antebraço e palma da mão esquerdos na parede, cotovelo dobrado em ângulo reto, braço direito relaxado.',
        'Gire devagar para a direita até sentir alongar o lado esquerdo do peito e do ombro. Mantenha a posição.',
      ],
      easier: 'Posicione o cotovelo um pouco abaixo do ombro e não gire o corpo até o fim.',
      caution:
        'O alongamento deve ser forte, mas nunca uma dor aguda. Pare se sentir formigamento ou dormência descendo pelo braço.',
    },
    'cat-pose': {
      name: 'Postura do gato',
      summary: 'Curva a coluna para cima, como um gato arqueando as costas, e depois a desenrola.',
      why: 'Curvar as costas alonga suavemente toda a coluna, e puxar a barriga para dentro treina a mesma ativação do core da qual depende uma boa postura sentada.',
      steps: [
        'Fique na posição de quatro apoios, com as mãos embaixo dos ombros e as costas retas.',
        'Solte o ar enquanto curva as costas para cima, em direção ao teto, puxando a barriga para dentro e deixando o queixo cair em direção ao peito.',
        'Desenrole devagar, do cóccix para cima, uma parte da coluna de cada vez, até as costas ficarem retas de novo.',
      ],
      easier:
        'Faça na posição sentada: mãos nos joelhos, curve as costas e abaixe o queixo enquanto solta o ar; depois volte a se sentar com o corpo alongado.',
      caution:
        'Movimente-se dentro de uma amplitude confortável e coloque uma almofada embaixo dos joelhos se ficar de joelhos doer.',
    },
    'childs-pose-reach': {
      name: 'Postura da criança com alcance alternado',
      summary:
        'Uma inclinação do tronco à frente, de joelhos, que depois se estende para cada lado para abrir as costas e as laterais do tronco.',
      why: 'Inclinar o tronco à frente alonga a coluna, e levar as mãos, caminhando, para um lado alonga o grande dorsal, os músculos largos abaixo das axilas que ficam tensos depois de esforços com a parte de cima do corpo.',
      steps: [
        'Fique de joelhos com o tronco ereto, o quadril sobre os joelhos, os joelhos afastados na largura do quadril e os dedões dos pés se tocando atrás de você.',
        'Leve os glúteos para trás e sente-se sobre os calcanhares.',
        'Solte o ar e incline o tronco, levando o peito em direção ao chão. Estenda os braços à frente, apoie a testa e deixe o pescoço e o cóccix se alongarem. Fique assim por algumas respirações lentas.',
        'Mantenha o quadril parado e caminhe com as duas mãos para a direita até sentir alongar o lado esquerdo do corpo. Respire nesse alongamento.',
        'Volte com as mãos, caminhando, para o centro.',
        'Agora caminhe com as duas mãos para a esquerda para alongar o lado direito. Respire nesse alongamento.',
        'Volte com as mãos para o centro e suba devagar, desenrolando o tronco, até se sentar sobre os calcanhares.',
      ],
      easier:
        'Coloque um cobertor dobrado ou uma almofada entre os calcanhares e os glúteos, ou afaste mais os joelhos, para não precisar inclinar tanto o tronco.',
      caution: 'Pule este exercício ou acolchoe bem se os joelhos ou o quadril doerem ao ficar de joelhos.',
    },
    'scapular-push-up': {
      name: 'Flexão escapular',
      summary: 'Movimenta apenas as escápulas, com os braços estendidos, a partir da prancha.',
      why: 'Passar muito tempo sentado cansa as escápulas e faz com que elas escorreguem para a frente. Aproximá-las e afastá-las fortalece os músculos que mantêm os ombros para trás e a parte de cima da coluna ereta.',
      steps: [
        'Posicione-se em prancha alta: mãos e pés afastados mais ou menos na largura dos ombros, punhos embaixo dos ombros, barriga firme.',
        'Mantendo os braços estendidos, deixe o peito afundar em direção ao chão para que as escápulas deslizem uma em direção à outra. Mantenha por um instante.',
        'Empurre o chão para longe para que a parte de cima das costas suba em direção ao teto, deixando as escápulas se afastarem enquanto você as mantém puxadas para baixo, bem longe das orelhas.',
      ],
      easier:
        'Fique em pé de frente para uma parede, com as palmas das mãos apoiadas nela na altura do peito, e faça ali o mesmo movimento das escápulas.',
      caution:
        'Mantenha os braços estendidos e os ombros longe das orelhas; pare se sentir dor na articulação do ombro.',
    },
    'glute-bridge': {
      name: 'Ponte de glúteos',
      summary: 'Eleva o quadril do chão para ativar os glúteos e o core profundo.',
      why: 'Quando o core e o quadril estão fracos, as costas compensam e ficam sobrecarregadas. A ponte fortalece os músculos que estabilizam a pelve e a coluna, e assim as costas têm menos a compensar.',
      steps: [
        'Deite-se de costas, com os joelhos dobrados, os pés inteiros no chão e afastados na largura do quadril, e os braços relaxados ao lado do corpo. Deixe os ombros pesados no chão.',
        'Contraia os glúteos e a barriga e então empurre o chão com os calcanhares para elevar o quadril até que joelhos, quadril e peito formem uma única linha inclinada.',
        'Mantenha a ponte com os glúteos contraídos. Deixe a lombar alongada, sem arqueá-la.',
        'Desça o quadril devagar, rolando de volta até o chão.',
        'Descanse por uma respiração antes da próxima elevação.',
      ],
      easier:
        'Eleve o quadril só em parte e desça logo em seguida, progredindo aos poucos até sustentar a ponte completa.',
      caution: 'Se você sentir o exercício na lombar em vez de nos glúteos, suba menos. Pare se doer.',
    },
    'bird-dog': {
      name: 'Perdigueiro',
      summary: 'Estende um braço e a perna oposta, alongando-os, enquanto o tronco fica parado.',
      why: 'Manter o corpo estável enquanto um braço e a perna oposta se movem treina as camadas profundas do core que mantêm a coluna no lugar, sem sobrecarregá-la muito.',
      steps: [
        'Fique na posição de quatro apoios: mãos embaixo dos ombros, joelhos embaixo do quadril, costas retas.',
        'Estenda o braço esquerdo à frente até ele ficar alinhado com a orelha e, ao mesmo tempo, estenda a perna direita reta para trás. Mantenha a posição estável.',
        'Traga o braço e a perna de volta para baixo, para a posição de quatro apoios.',
        'Agora o outro par: estenda o braço direito à frente e a perna esquerda para trás. Mantenha a posição estável.',
        'Abaixe-os de novo e volte à posição de quatro apoios.',
      ],
      easier:
        'Deixe os dois joelhos no chão e estenda à frente apenas os braços, um de cada vez, trocando de lado a cada repetição.',
      caution:
        'Mantenha o quadril nivelado e as costas retas, em vez de girar o tronco ou deixar as costas cederem. Acolchoe os joelhos se ficar de joelhos for desconfortável.',
    },
    plank: {
      name: 'Prancha',
      summary: 'Mantém o corpo em uma única linha reta para desenvolver um core estável.',
      why: 'A prancha trabalha de uma só vez toda a faixa de músculos em volta do tronco. Um core mais forte assume uma parte maior da carga que, de outra forma, ficaria com as costas cansadas.',
      steps: [
        'Deite-se de bruços, com as palmas das mãos apoiadas no chão ao lado dos ombros e os dedos dos pés dobrados, também apoiados no chão.',
        'Inspire e empurre o chão para longe até ficar na posição alta da flexão de braço, com o corpo reto dos calcanhares à cabeça.',
        'Puxe o umbigo para dentro e contraia os glúteos. Olhe para o chão logo abaixo do rosto e continue respirando de forma regular.',
        'Desça com cuidado de volta até o chão.',
        'Descanse antes da próxima prancha.',
      ],
      easier: 'Mantenha os joelhos no chão, de modo que a linha reta vá dos joelhos até a cabeça.',
      caution:
        'Pare se a lombar começar a afundar ou a doer; uma prancha mais curta e bem-feita é melhor do que uma longa e malfeita.',
    },
  },
  routines: {
    'desk-micro-break': {
      name: 'Micropausa na mesa',
      summary: 'Solte os ombros e reajuste o pescoço sem sair da cadeira.',
    },
    'seated-neck-shoulders': {
      name: 'Pescoço e ombros na cadeira',
      summary:
        'Uma sequência um pouco mais longa, fácil de fazer na cadeira, para o pescoço e a parte de cima das costas.',
    },
    'upper-back-reset': {
      name: 'Reajuste da parte alta das costas',
      summary: 'Levante-se, abra o peito e traga a cabeça de volta para cima dos ombros.',
    },
    'core-and-posture': {
      name: 'Core e postura',
      summary:
        'Exercícios no chão para o core profundo e as escápulas, terminando com um ajuste da postura de volta à mesa.',
    },
  },
  tips: {
    'heat-or-ice': {
      title: 'Calor ou gelo?',
      body: 'A maioria das dores moderadas nas costas responde a uma simples aplicação de calor ou frio. Use gelo quando a dor for recente e aguda; nos outros casos, uma compressa morna costuma ser a melhor escolha.',
    },
    'rest-then-move': {
      title: 'Descanse um pouco e volte a se mexer',
      body: 'Dê uma pausa, por alguns dias, no que parece desencadear a dor, como um treino pesado na academia ou uma cadeira ruim, até ela baixar para um nível que você consiga tolerar. Depois volte aos poucos, com movimentos leves e exercícios suaves. Continuar em movimento ajuda mais do que ficar de cama, porque o movimento mantém o sangue circulando na região dolorida.',
    },
    'sitting-posture': {
      title: 'Como se sentar à mesa',
      body: 'Grande parte da dor na parte de cima das costas vem de longas horas com o corpo curvado diante de uma tela. Confira estes pontos de vez em quando:',
      points: [
        'Sente-se com o tronco alongado e os ombros para trás e baixos, longe das orelhas.',
        'Mantenha a barriga levemente puxada para dentro, para que o core continue ativado.',
        'Descruze as pernas e apoie os dois pés inteiros no chão.',
        'Dobre os joelhos em mais ou menos um ângulo reto.',
        'Ao digitar, mantenha os antebraços mais ou menos paralelos ao chão.',
        'Mantenha a cabeça nivelada, com as orelhas sobre os ombros, para que o pescoço fique neutro.',
      ],
    },
    'core-supports-spine': {
      title: 'Seu core sustenta suas costas',
      body: 'O core é mais do que o abdômen que você vê: camadas de músculos profundos envolvem o tronco e estabilizam a coluna e a pelve. Quando eles estão fracos, as costas fazem hora extra para compensar. Movimentos fáceis, como a ponte de glúteos, o perdigueiro e a prancha, fortalecem esses músculos, desde que não causem muita dor.',
    },
    'medication-caution': {
      title: 'Remédios para dor',
      body: 'Analgésicos anti-inflamatórios, como ibuprofeno ou naproxeno, podem aliviar a dor nas costas. Se você nunca tomou um remédio vendido sem receita, consulte um médico primeiro.',
    },
  },
  poses: {
    'posture-check/feet-flat': {
      description:
        'Pessoa sentada à mesa, com os dois pés inteiros apoiados no chão e os joelhos em mais ou menos um ângulo reto.',
      arrows: ['os dois pés inteiros no chão'],
    },
    'posture-check/sitting-tall': {
      description:
        'Pessoa sentada com o tronco reto e alongado, no fundo do assento, pés apoiados no chão, peito levemente erguido.',
      arrows: ['o tronco se alonga para cima'],
    },
    'posture-check/shoulders-back-down': {
      description:
        'Pessoa sentada com o tronco alongado e os ombros levados para trás e acomodados para baixo, longe das orelhas.',
      arrows: ['os ombros vão para trás e se acomodam para baixo'],
    },
    'posture-check/core-engaged': {
      description:
        'Pessoa sentada com o tronco alongado, ombros baixos e a barriga levemente puxada para dentro.',
      arrows: ['a barriga é puxada para dentro'],
    },
    'posture-check/neck-neutral': {
      description:
        'Pessoa sentada com o tronco alongado, a cabeça nivelada e as orelhas sobre os ombros, sem projetar a cabeça em direção à tela.',
      arrows: ['a cabeça volta para trás, sobre os ombros'],
    },
    'posture-check/forearms-level': {
      description:
        'Pessoa sentada à mesa com o tronco alongado, mãos no teclado, antebraços mais ou menos paralelos ao chão.',
    },
    'chin-tuck/finger-on-chin': {
      description:
        'Pessoa em pé com o corpo alongado, cabeça nivelada, dedo indicador direito apoiado na frente do queixo.',
    },
    'chin-tuck/tucked': {
      description:
        'Pessoa em pé com o corpo alongado e o queixo levado reto para trás, formando uma papada, cabeça nivelada, dedo no queixo.',
      arrows: ['o queixo desliza reto para trás'],
    },
    'shoulder-shrug-circle/arms-forward': {
      description:
        'Pessoa em pé com o corpo alongado e os dois braços estendidos à frente, na altura dos ombros.',
    },
    'shoulder-shrug-circle/circling-backward': {
      description:
        'Pessoa em pé com os braços estendidos à frente na altura dos ombros, os ombros elevados em direção às orelhas e girando para trás.',
      arrows: ['os ombros fazem um círculo para cima, para trás e para baixo'],
    },
    'shoulder-shrug-circle/circling-forward': {
      description:
        'Pessoa em pé com os braços estendidos à frente na altura dos ombros, os ombros elevados em direção às orelhas e girando para a frente.',
      arrows: ['os ombros fazem um círculo para cima, para a frente e para baixo'],
    },
    'wall-pec-stretch/right-arm-on-wall': {
      description:
        'Pessoa em pé com o corpo alongado, ao lado de uma parede, o braço direito erguido com o cotovelo dobrado em ângulo reto na altura do ombro, antebraço e palma da mão apoiados na parede; o outro braço solto ao lado do corpo.',
      arrows: [],
    },
    'wall-pec-stretch/right-turned-away': {
      description:
        'Pessoa em pé ao lado de uma parede, com o antebraço e a palma da mão direitos apoiados nela, cotovelo dobrado em ângulo reto na altura do ombro, o corpo girado para a esquerda, afastando-se da parede.',
      arrows: ['o corpo gira para a esquerda, afastando-se da parede'],
    },
    'wall-pec-stretch/left-arm-on-wall': {
      description:
        'Pessoa em pé com o corpo alongado, ao lado de uma parede, o braço esquerdo erguido com o cotovelo dobrado em ângulo reto na altura do ombro, antebraço e palma da mão apoiados na parede; o outro braço solto ao lado do corpo.',
      arrows: [],
    },
    'wall-pec-stretch/left-turned-away': {
      description:
        'Pessoa em pé ao lado de uma parede, com o antebraço e a palma da mão esquerdos apoiados nela, cotovelo dobrado em ângulo reto na altura do ombro, o corpo girado para a direita, afastando-se da parede.',
      arrows: ['o corpo gira para a direita, afastando-se da parede'],
    },
    'cat-pose/all-fours': {
      description: 'Em quatro apoios, mãos embaixo dos ombros, joelhos embaixo do quadril, costas retas.',
    },
    'cat-pose/back-rounded': {
      description:
        'Em quatro apoios, com as costas curvadas para cima em direção ao teto, barriga puxada para dentro e queixo recolhido em direção ao peito.',
      arrows: ['as costas se curvam para cima, em direção ao teto'],
    },
    'childs-pose-reach/kneeling-upright': {
      description:
        'Pessoa de joelhos com o tronco ereto, quadril sobre os joelhos, canelas e peito dos pés no chão, braços ao lado do corpo.',
    },
    'childs-pose-reach/sitting-on-heels': {
      description:
        'Pessoa de joelhos, sentada para trás sobre os calcanhares, tronco ereto, mãos apoiadas nas coxas.',
    },
    'childs-pose-reach/folded-arms-forward': {
      description:
        'Postura da criança: glúteos para trás sobre os calcanhares, peito inclinado para baixo sobre as coxas, braços estendidos à frente no chão, testa no colchonete.',
    },
    'childs-pose-reach/hands-to-right': {
      description:
        'Postura da criança vista de cima: quadril sobre os calcanhares, braços estendidos acima da cabeça e levados, caminhando, para a direita, o corpo se curvando de modo que o lado esquerdo se alonga.',
      arrows: ['as mãos caminham para a direita, alongando o lado esquerdo'],
    },
    'childs-pose-reach/hands-to-left': {
      description:
        'Postura da criança vista de cima: quadril sobre os calcanhares, braços estendidos acima da cabeça e levados, caminhando, para a esquerda, o corpo se curvando de modo que o lado direito se alonga.',
      arrows: ['as mãos caminham para a esquerda, alongando o lado direito'],
    },
    'scapular-push-up/high-plank': {
      description:
        'Prancha alta: braços estendidos, punhos embaixo dos ombros, corpo em uma única linha reta, barriga firme.',
    },
    'scapular-push-up/blades-squeezed': {
      description:
        'Prancha alta com os braços estendidos, o peito afundado em direção ao chão e as escápulas aproximadas uma da outra.',
      arrows: ['o peito afunda enquanto as escápulas se aproximam'],
    },
    'scapular-push-up/upper-back-raised': {
      description:
        'Prancha alta com os braços estendidos, a parte de cima das costas empurrada para cima, em direção ao teto, e as escápulas afastadas uma da outra.',
      arrows: ['a parte de cima das costas sobe enquanto as escápulas se afastam'],
    },
    'glute-bridge/lying-knees-bent': {
      description:
        'Pessoa deitada de costas, joelhos dobrados, pés inteiros no chão e afastados na largura do quadril, braços relaxados ao lado do corpo.',
    },
    'glute-bridge/hips-raised': {
      description:
        'Ponte de glúteos: ombros e pés no chão, quadril elevado de modo que joelhos, quadril e peito formem uma única linha reta inclinada.',
      arrows: ['o quadril sobe em direção ao teto'],
    },
    'bird-dog/all-fours': {
      description: 'Em quatro apoios, mãos embaixo dos ombros, joelhos embaixo do quadril, costas retas.',
    },
    'bird-dog/left-arm-right-leg': {
      description:
        'Em quatro apoios, com o braço esquerdo estendido reto à frente na altura da orelha e a perna direita estendida reta para trás, costas retas.',
      arrows: ['o braço esquerdo se estende à frente', 'a perna direita se estende para trás'],
    },
    'bird-dog/right-arm-left-leg': {
      description:
        'Em quatro apoios, com o braço direito estendido reto à frente na altura da orelha e a perna esquerda estendida reta para trás, costas retas.',
      arrows: ['o braço direito se estende à frente', 'a perna esquerda se estende para trás'],
    },
    'plank/face-down': {
      description:
        'Pessoa deitada de bruços, palmas das mãos apoiadas no chão ao lado dos ombros, cotovelos dobrados para cima, dedos dos pés dobrados, apoiados no chão.',
    },
    'plank/high-plank': {
      description:
        'Prancha alta: braços estendidos com as mãos embaixo dos ombros, corpo em uma única linha reta dos calcanhares à cabeça, olhar voltado para o chão.',
    },
  },
  safetyAdvice:
    'Se a sua dor for forte ou impedir suas atividades do dia a dia, consulte um médico ou outro profissional de saúde antes de contar com estes exercícios. Interrompa qualquer exercício que cause dor.',
} satisfies ContentText;
