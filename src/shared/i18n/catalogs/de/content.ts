/** German exercise content: "du", warm and plain, step for step like the English records. */
import type { ContentText } from '../../content';

export const content = {
  exercises: {
    'posture-check': {
      name: 'Haltungscheck',
      summary: 'Ein kurzer Check von Kopf bis Fuß, wie du am Schreibtisch sitzt.',
      why: 'Das Zusammensacken schleicht sich wieder ein, ohne dass wir es merken. Wenn du ein paarmal am Tag eine kurze Checkliste durchgehst, findest du zurück zu der Haltung, die Nacken und Rücken am wenigsten belastet.',
      steps: [
        'Löse übereinandergeschlagene Beine und stell beide Füße flach auf den Boden, die Knie etwa im rechten Winkel gebeugt.',
        'Setz dich aufrecht hin und mach dich lang, das Becken nach hinten auf die Sitzfläche gerückt, die Brust leicht angehoben.',
        'Zieh die Schultern nach hinten und lass sie dann nach unten sinken, weg von den Ohren.',
        'Zieh den Bauch ein wenig ein, um deine Rumpfmuskulatur zu aktivieren.',
        'Halte den Kopf gerade, sodass die Ohren über den Schultern sind und der Nacken neutral ist, statt sich zum Bildschirm vorzurecken.',
        'Leg die Hände auf die Tastatur, die Unterarme etwa parallel zum Boden; stell deinen Stuhl nach, wenn sie schräg verlaufen.',
      ],
      caution: 'Ziel ist eine bequeme, keine starre Haltung: Halte jede Position locker und atme weiter.',
    },
    'chin-tuck': {
      name: 'Kinn einziehen',
      summary: 'Schiebt den nach vorn gewanderten Kopf zurück über die Schultern.',
      why: 'Stunden am Bildschirm ziehen den Kopf nach vorn. Wenn du das Kinn gerade nach hinten ziehst, lernt der Nacken, in einer Linie mit der Wirbelsäule zu bleiben, und die Belastung hinten im Nacken und zwischen den Schultern lässt nach.',
      steps: [
        'Sitz oder steh aufrecht, den Blick geradeaus und das Kinn parallel zum Boden. Leg deinen rechten Zeigefinger vorn an dein Kinn.',
        'Schieb das Kinn gerade nach hinten, als wolltest du ein Doppelkinn machen, bis du einen sanften Zug hinten im Nacken spürst.',
        'Lass wieder los und bring den Kopf zurück in die gerade Haltung.',
      ],
      easier:
        'Lehn den Hinterkopf leicht an eine hohe Stuhllehne oder eine Wand und schieb ihn gerade nach hinten in diese Stütze, statt ihn selbst zu halten.',
      caution:
        'Halte die Bewegung klein und langsam; hör auf, wenn sie Schmerzen, Schwindel oder Kribbeln in den Armen auslöst.',
    },
    'shoulder-shrug-circle': {
      name: 'Schulterkreisen',
      summary: 'Kreist die Schultern in großen, langsamen Kreisen, die Arme nach vorn ausgestreckt.',
      why: 'Wenn du die Schultern durch ihren ganzen Kreis führst, lockert das die Muskeln oben im Rücken, und jeden Kreis hinten und unten zu beenden übt genau die Position, die eine gute Haltung verlangt.',
      steps: [
        'Stell dich aufrecht hin und heb beide Arme gestreckt nach vorn auf Schulterhöhe. Lass sie die ganze Zeit dort.',
        'Kreise die Schultern nach hinten: Zieh sie zu den Ohren hoch, drück sie nach hinten zusammen und senk sie dann weit weg von den Ohren. Mach die Kreise langsam und groß.',
        'Wechsle die Richtung: Zieh sie zu den Ohren hoch, roll sie nach vorn und senk sie dann wieder, genauso lange.',
      ],
      easier:
        'Setz dich hin, den Rücken an der Stuhllehne, damit du mehr Halt hast, und leg die Arme ab, wenn es zu anstrengend ist, sie oben zu halten.',
      caution:
        'Mach es langsam und halte die Kreise schmerzfrei; mach sie kleiner, wenn sich Nacken oder Schultern melden.',
    },
    'wall-pec-stretch': {
      name: 'Brustdehnung an der Wand',
      summary: 'Öffnet die verspannte Brust, mit einem Unterarm an der Wand abgestützt.',
      why: 'Verkürzte Brustmuskeln ziehen die Schultern nach vorn und runden den oberen Rücken. Wenn du sie lockerst, fällt es dir leichter, aufrecht zu sitzen, ohne gegen dich selbst anzukämpfen.',
      steps: [
        'Stell dich aufrecht neben eine Wand. Heb den rechten Arm auf Schulterhöhe, den Ellbogen im rechten Winkel gebeugt, und drück Handfläche und Unterarm flach gegen die Wand. Lass den linken Arm hängen.',
        'Lass den Arm an der Wand und dreh deinen Körper langsam nach links, bis du eine deutliche Dehnung quer über die rechte Seite von Brust und Schulter spürst. Halte die Dehnung.',
        'Dreh dich um, sodass die Wand links von dir ist, und wechsle den Arm: linker Unterarm und linke Handfläche an der Wand, den Ellbogen im rechten Winkel gebeugt, der rechte Arm locker.',
        'Dreh dich langsam nach rechts, bis sich die linke Seite von Brust und Schulter dehnt. Halte die Dehnung.',
      ],
      easier: 'Setz den Ellbogen etwas tiefer als die Schulter an und dreh dich nur ein Stück weit.',
      caution:
        'Die Dehnung soll sich kräftig anfühlen, aber nie stechend. Hör auf, wenn du Kribbeln oder Taubheit den Arm hinunter spürst.',
    },
    'cat-pose': {
      name: 'Katzenbuckel',
      summary:
        'Rundet die Wirbelsäule nach oben wie eine Katze, die einen Buckel macht, und rollt sie dann wieder ab.',
      why: 'Den Rücken sanft zu runden dehnt die ganze Wirbelsäule, und das Einziehen des Bauchs übt dieselbe Rumpfspannung, auf die eine gute Sitzhaltung angewiesen ist.',
      steps: [
        'Geh in den Vierfüßlerstand, die Hände unter den Schultern und den Rücken gerade.',
        'Atme aus und schieb den Rücken rund nach oben zur Decke; zieh dabei den Bauch ein und lass das Kinn Richtung Brust sinken.',
        'Roll langsam wieder ab, vom Steißbein aufwärts, einen Abschnitt der Wirbelsäule nach dem anderen, bis dein Rücken wieder gerade ist.',
      ],
      easier:
        'Mach es im Sitzen: Hände auf die Knie, runde beim Ausatmen den Rücken und lass das Kinn sinken, dann setz dich wieder aufrecht hin.',
      caution:
        'Bleib in einem angenehmen Bewegungsumfang und leg dir ein Kissen unter die Knie, wenn das Knien wehtut.',
    },
    'childs-pose-reach': {
      name: 'Kindhaltung mit Seitdehnung im Wechsel',
      summary:
        'Eine Vorbeuge im Knien, bei der du danach zu jeder Seite greifst, um Rücken und Flanken zu öffnen.',
      why: 'Die Vorbeuge streckt die Wirbelsäule, und wenn du die Hände zu einer Seite wandern lässt, dehnt das den Latissimus: die breiten Muskeln unterhalb der Achseln, die sich nach Anstrengung des Oberkörpers verspannen.',
      steps: [
        'Knie dich aufrecht hin, die Hüften über den Knien, die Knie hüftbreit auseinander und die großen Zehen berühren sich hinter dir.',
        'Setz dich mit dem Gesäß nach hinten auf die Fersen.',
        'Atme aus und beug dich mit der Brust Richtung Boden. Streck die Arme nach vorn aus, leg die Stirn ab und lass Nacken und Steißbein lang werden. Bleib für ein paar langsame Atemzüge so.',
        'Halte die Hüften ruhig und lass beide Hände nach rechts wandern, bis sich deine linke Körperseite dehnt. Atme in die Dehnung hinein.',
        'Lass die Hände zurück zur Mitte wandern.',
        'Lass jetzt beide Hände nach links wandern, um deine rechte Seite zu dehnen. Atme in die Dehnung hinein.',
        'Lass die Hände zurück zur Mitte wandern und roll dich langsam auf, bis du auf den Fersen sitzt.',
      ],
      easier:
        'Leg eine gefaltete Decke oder ein Kissen zwischen Fersen und Gesäß oder nimm die Knie weiter auseinander, damit du dich nicht so weit vorbeugen musst.',
      caution: 'Lass die Übung aus oder polstere gut, wenn Knie oder Hüften beim Knien schmerzen.',
    },
    'scapular-push-up': {
      name: 'Schulterblatt-Liegestütz',
      summary: 'Bewegt mit gestreckten Armen nur die Schulterblätter, aus der Liegestützposition.',
      why: 'Bei langem Sitzen ermüden die Schulterblätter und wandern nach vorn. Wenn du sie zusammenziehst und auseinanderschiebst, kräftigt das die Muskeln, die die Schultern hinten und die obere Wirbelsäule aufrecht halten.',
      steps: [
        'Geh in die Liegestützposition: Hände und Füße etwa schulterbreit auseinander, die Handgelenke unter den Schultern, der Bauch fest.',
        'Lass die Arme gestreckt und die Brust Richtung Boden sinken, sodass die Schulterblätter zusammengleiten. Halte die Position kurz.',
        'Drück dich vom Boden weg, sodass dein oberer Rücken zur Decke steigt, und lass die Schulterblätter auseinandergleiten; halte sie dabei nach unten gezogen, weit weg von den Ohren.',
      ],
      easier:
        'Stell dich mit dem Gesicht zu einer Wand, leg die Handflächen auf Brusthöhe an die Wand und mach dort dieselbe Schulterblattbewegung.',
      caution:
        'Halte die Arme gestreckt und die Schultern weg von den Ohren; hör auf, wenn du Schmerzen im Schultergelenk spürst.',
    },
    'glute-bridge': {
      name: 'Beckenheben',
      summary: 'Hebt das Becken vom Boden, um Gesäß und tiefe Rumpfmuskulatur zu aktivieren.',
      why: 'Sind Rumpf und Hüften schwach, springt der Rücken ein und wird überlastet. Das Beckenheben kräftigt die Muskeln, die Becken und Wirbelsäule stabilisieren, sodass der Rücken weniger ausgleichen muss.',
      steps: [
        'Leg dich auf den Rücken, die Knie gebeugt, die Füße flach und hüftbreit auseinander, die Arme locker neben dem Körper. Lass die Schultern schwer auf dem Boden liegen.',
        'Spann Gesäß und Bauch an, drück dann die Fersen in den Boden und heb das Becken, bis Knie, Hüften und Brust eine schräge Linie bilden.',
        'Halte die Brücke mit angespanntem Gesäß. Halte den unteren Rücken lang, statt ins Hohlkreuz zu gehen.',
        'Roll das Becken langsam wieder auf den Boden ab.',
        'Komm für einen Atemzug zur Ruhe, bevor du wieder hochgehst.',
      ],
      easier:
        'Heb das Becken nur ein Stück an und senk es gleich wieder ab; steigere dich nach und nach bis zum vollen Halten.',
      caution:
        'Wenn du es eher im unteren Rücken als im Gesäß spürst, heb das Becken weniger hoch. Hör auf, wenn es wehtut.',
    },
    'bird-dog': {
      name: 'Vierfüßlerstand diagonal',
      summary: 'Streckt einen Arm und das gegenüberliegende Bein lang aus, während der Rumpf ruhig bleibt.',
      why: 'Wenn du den Körper ruhig hältst, während sich ein Arm und das gegenüberliegende Bein bewegen, trainierst du die tiefen Schichten der Rumpfmuskulatur, die die Wirbelsäule stabil halten, ohne sie stark zu belasten.',
      steps: [
        'Geh in den Vierfüßlerstand: Hände unter den Schultern, Knie unter den Hüften, Rücken gerade.',
        'Streck den linken Arm nach vorn, bis er auf einer Linie mit deinem Ohr ist, und schieb gleichzeitig das rechte Bein gestreckt nach hinten. Halte die Position ruhig.',
        'Bring Arm und Bein wieder nach unten in den Vierfüßlerstand.',
        'Jetzt die andere Seite: Streck den rechten Arm nach vorn und das linke Bein nach hinten. Halte die Position ruhig.',
        'Senk sie wieder ab und komm zurück in den Vierfüßlerstand.',
      ],
      easier:
        'Lass beide Knie am Boden und streck nur die Arme nach vorn, einen nach dem anderen, mit Seitenwechsel bei jeder Wiederholung.',
      caution:
        'Halte die Hüften auf einer Höhe und den Rücken gerade, statt dich zu verdrehen oder durchzuhängen. Polstere die Knie, wenn das Knien unangenehm ist.',
    },
    plank: {
      name: 'Plank',
      summary: 'Hält den Körper in einer geraden Linie, um einen stabilen Rumpf aufzubauen.',
      why: 'Die Plank trainiert den ganzen Muskelgürtel um den Rumpf auf einmal. Ein kräftigerer Rumpf trägt mehr von der Last, die sonst ein müder Rücken abfangen muss.',
      steps: [
        'Leg dich auf den Bauch, die Handflächen flach neben den Schultern auf dem Boden und die Zehen aufgestellt.',
        'Atme ein und drück dich vom Boden weg, bis du oben in der Liegestützposition bist, der Körper gerade von den Fersen bis zum Kopf.',
        'Zieh den Bauchnabel ein und spann das Gesäß an. Schau auf den Boden direkt unter deinem Gesicht und atme gleichmäßig weiter.',
        'Lass dich sanft wieder auf den Boden sinken.',
        'Ruh dich vor der nächsten Plank aus.',
      ],
      easier: 'Lass die Knie am Boden, sodass die gerade Linie von den Knien bis zum Kopf verläuft.',
      caution:
        'Hör auf, wenn dein unterer Rücken anfängt durchzuhängen oder zu schmerzen; kürzer und sauber gehalten ist besser als lange und nachlässig.',
    },
  },
  routines: {
    'desk-micro-break': {
      name: 'Minipause am Schreibtisch',
      summary: 'Lockere die Schultern und richte den Nacken neu aus, ohne vom Stuhl aufzustehen.',
    },
    'seated-neck-shoulders': {
      name: 'Nacken und Schultern im Sitzen',
      summary: 'Eine etwas längere Abfolge für den Nacken und den oberen Rücken, gut auf dem Stuhl machbar.',
    },
    'upper-back-reset': {
      name: 'Neustart für den oberen Rücken',
      summary: 'Steh auf, öffne die Brust und bring den Kopf zurück über die Schultern.',
    },
    'core-and-posture': {
      name: 'Rumpf und Haltung',
      summary:
        'Übungen am Boden für die tiefe Rumpfmuskulatur und die Schulterblätter, zum Schluss ein Haltungscheck zurück am Schreibtisch.',
    },
  },
  tips: {
    'heat-or-ice': {
      title: 'Wärme oder Eis?',
      body: 'Die meisten mäßigen Rückenschmerzen sprechen auf einfache Wärme oder Kälte an. Greif zu Eis, wenn der Schmerz neu und stechend ist; sonst ist eine Wärmeauflage meist die bessere Wahl.',
    },
    'rest-then-move': {
      title: 'Kurz schonen, dann wieder bewegen',
      body: 'Setz ein paar Tage lang aus, was den Schmerz auszulösen scheint, etwa ein hartes Training im Fitnessstudio oder einen schlechten Stuhl, bis er auf ein Maß abklingt, mit dem du zurechtkommst. Steig dann allmählich wieder ein, mit leichter Bewegung und sanften Übungen. Aktiv zu bleiben hilft mehr, als im Bett zu liegen, denn Bewegung hält die Durchblutung der schmerzenden Stelle in Gang.',
    },
    'sitting-posture': {
      title: 'So sitzt du gut am Schreibtisch',
      body: 'Viele Schmerzen im oberen Rücken kommen von langen Stunden gebeugt vor dem Bildschirm. Prüf diese Punkte ab und zu:',
      points: [
        'Sitz aufrecht, die Schultern nach hinten und nach unten gesenkt, weg von den Ohren.',
        'Halte den Bauch leicht eingezogen, damit deine Rumpfmuskulatur aktiv bleibt.',
        'Löse übereinandergeschlagene Beine und stell beide Füße flach auf den Boden.',
        'Beug die Knie etwa im rechten Winkel.',
        'Halte beim Tippen die Unterarme etwa parallel zum Boden.',
        'Halte den Kopf gerade, die Ohren über den Schultern, damit der Nacken neutral bleibt.',
      ],
    },
    'core-supports-spine': {
      title: 'Deine Rumpfmuskulatur stützt deinen Rücken',
      body: 'Die Rumpfmuskulatur ist mehr als die Bauchmuskeln, die man sieht: Schichten tiefer Muskeln umschließen den Rumpf und stabilisieren Wirbelsäule und Becken. Sind sie schwach, muss der Rücken Überstunden machen, um das auszugleichen. Einfache Übungen wie Beckenheben, Vierfüßlerstand diagonal und Planks bauen sie auf, solange sie keine starken Schmerzen verursachen.',
    },
    'medication-caution': {
      title: 'Schmerzmittel',
      body: 'Entzündungshemmende Schmerzmittel wie Ibuprofen oder Naproxen können Rückenschmerzen lindern. Wenn du noch nie ein rezeptfreies Medikament genommen hast, sprich vorher mit einer Ärztin oder einem Arzt.',
    },
  },
  poses: {
    'posture-check/feet-flat': {
      description:
        'Am Schreibtisch sitzend, beide Füße flach auf dem Boden, die Knie etwa im rechten Winkel.',
      arrows: ['beide Füße flach auf dem Boden'],
    },
    'posture-check/sitting-tall': {
      description:
        'Aufrecht und gerade hinten auf der Sitzfläche sitzend, die Füße flach, die Brust leicht angehoben.',
      arrows: ['aufrecht sitzen'],
    },
    'posture-check/shoulders-back-down': {
      description:
        'Aufrecht sitzend, die Schultern nach hinten gezogen und nach unten gesenkt, weg von den Ohren.',
      arrows: ['die Schultern ziehen nach hinten und sinken nach unten'],
    },
    'posture-check/core-engaged': {
      description: 'Aufrecht sitzend, die Schultern unten, der Bauch leicht eingezogen.',
      arrows: ['der Bauch zieht sich ein'],
    },
    'posture-check/neck-neutral': {
      description:
        'Aufrecht sitzend, der Kopf gerade und die Ohren über den Schultern, nicht zum Bildschirm vorgereckt.',
      arrows: ['der Kopf geht zurück über die Schultern'],
    },
    'posture-check/forearms-level': {
      description:
        'Aufrecht am Schreibtisch sitzend, die Hände auf der Tastatur, die Unterarme etwa parallel zum Boden.',
    },
    'chin-tuck/finger-on-chin': {
      description: 'Aufrecht stehend, der Kopf gerade, der rechte Zeigefinger liegt vorn am Kinn.',
    },
    'chin-tuck/tucked': {
      description:
        'Aufrecht stehend, das Kinn gerade nach hinten gezogen zum Doppelkinn, der Kopf gerade, der Finger am Kinn.',
      arrows: ['das Kinn gleitet gerade nach hinten'],
    },
    'shoulder-shrug-circle/arms-forward': {
      description: 'Aufrecht stehend, beide Arme gestreckt nach vorn auf Schulterhöhe.',
    },
    'shoulder-shrug-circle/circling-backward': {
      description:
        'Stehend, die Arme nach vorn auf Schulterhöhe, die Schultern zu den Ohren hochgezogen und nach hinten rollend.',
      arrows: ['die Schultern kreisen nach oben, hinten und unten'],
    },
    'shoulder-shrug-circle/circling-forward': {
      description:
        'Stehend, die Arme nach vorn auf Schulterhöhe, die Schultern zu den Ohren hochgezogen und nach vorn rollend.',
      arrows: ['die Schultern kreisen nach oben, vorn und unten'],
    },
    'wall-pec-stretch/right-arm-on-wall': {
      description:
        'Aufrecht neben einer Wand stehend, der rechte Arm angehoben, der Ellbogen auf Schulterhöhe im rechten Winkel gebeugt, Unterarm und Handfläche flach an der Wand; der andere Arm hängt.',
      arrows: [],
    },
    'wall-pec-stretch/right-turned-away': {
      description:
        'Neben einer Wand stehend, rechter Unterarm und rechte Handfläche flach an der Wand, der Ellbogen auf Schulterhöhe im rechten Winkel gebeugt, der Körper nach links von der Wand weggedreht.',
      arrows: ['der Körper dreht sich nach links, von der Wand weg'],
    },
    'wall-pec-stretch/left-arm-on-wall': {
      description:
        'Aufrecht neben einer Wand stehend, der linke Arm angehoben, der Ellbogen auf Schulterhöhe im rechten Winkel gebeugt, Unterarm und Handfläche flach an der Wand; der andere Arm hängt.',
      arrows: [],
    },
    'wall-pec-stretch/left-turned-away': {
      description:
        'Neben einer Wand stehend, linker Unterarm und linke Handfläche flach an der Wand, der Ellbogen auf Schulterhöhe im rechten Winkel gebeugt, der Körper nach rechts von der Wand weggedreht.',
      arrows: ['der Körper dreht sich nach rechts, von der Wand weg'],
    },
    'cat-pose/all-fours': {
      description:
        'Im Vierfüßlerstand, die Hände unter den Schultern, die Knie unter den Hüften, der Rücken gerade.',
    },
    'cat-pose/back-rounded': {
      description:
        'Im Vierfüßlerstand, der Rücken rund zur Decke gewölbt, der Bauch eingezogen und das Kinn zur Brust geneigt.',
      arrows: ['der Rücken wölbt sich rund zur Decke'],
    },
    'childs-pose-reach/kneeling-upright': {
      description:
        'Aufrecht kniend, die Hüften über den Knien, Schienbeine und Fußrücken auf dem Boden, die Arme seitlich am Körper.',
    },
    'childs-pose-reach/sitting-on-heels': {
      description:
        'Kniend und nach hinten auf die Fersen gesetzt, der Oberkörper aufrecht, die Hände auf den Oberschenkeln.',
    },
    'childs-pose-reach/folded-arms-forward': {
      description:
        'Kindhaltung: auf den Fersen sitzend, die Brust nach unten über die Oberschenkel gebeugt, die Arme vorn auf dem Boden ausgestreckt, die Stirn auf der Matte.',
    },
    'childs-pose-reach/hands-to-right': {
      description:
        'Kindhaltung von oben gesehen: das Gesäß auf den Fersen, die Arme über den Kopf gestreckt und nach rechts gewandert, der Körper gebogen, sodass sich die linke Seite dehnt.',
      arrows: ['die Hände wandern nach rechts und dehnen die linke Seite'],
    },
    'childs-pose-reach/hands-to-left': {
      description:
        'Kindhaltung von oben gesehen: das Gesäß auf den Fersen, die Arme über den Kopf gestreckt und nach links gewandert, der Körper gebogen, sodass sich die rechte Seite dehnt.',
      arrows: ['die Hände wandern nach links und dehnen die rechte Seite'],
    },
    'scapular-push-up/high-plank': {
      description:
        'Liegestützposition: die Arme gestreckt, die Handgelenke unter den Schultern, der Körper in einer geraden Linie, der Bauch fest.',
    },
    'scapular-push-up/blades-squeezed': {
      description:
        'Liegestützposition mit gestreckten Armen, die Brust Richtung Boden gesunken und die Schulterblätter zusammengezogen.',
      arrows: ['die Brust sinkt, während sich die Schulterblätter zusammenziehen'],
    },
    'scapular-push-up/upper-back-raised': {
      description:
        'Liegestützposition mit gestreckten Armen, der obere Rücken zur Decke hochgedrückt und die Schulterblätter auseinandergeschoben.',
      arrows: ['der obere Rücken drückt sich hoch, während die Schulterblätter auseinandergleiten'],
    },
    'glute-bridge/lying-knees-bent': {
      description:
        'Rückenlage, die Knie gebeugt, die Füße hüftbreit und flach auf dem Boden, die Arme locker neben dem Körper.',
    },
    'glute-bridge/hips-raised': {
      description:
        'Beckenheben: Schultern und Füße auf dem Boden, das Becken angehoben, sodass Knie, Hüften und Brust eine schräge gerade Linie bilden.',
      arrows: ['das Becken hebt sich zur Decke'],
    },
    'bird-dog/all-fours': {
      description:
        'Im Vierfüßlerstand, die Hände unter den Schultern, die Knie unter den Hüften, der Rücken gerade.',
    },
    'bird-dog/left-arm-right-leg': {
      description:
        'Im Vierfüßlerstand, der linke Arm gerade nach vorn auf Ohrhöhe gestreckt und das rechte Bein gerade nach hinten, der Rücken gerade.',
      arrows: ['der linke Arm streckt sich nach vorn', 'das rechte Bein schiebt nach hinten'],
    },
    'bird-dog/right-arm-left-leg': {
      description:
        'Im Vierfüßlerstand, der rechte Arm gerade nach vorn auf Ohrhöhe gestreckt und das linke Bein gerade nach hinten, der Rücken gerade.',
      arrows: ['der rechte Arm streckt sich nach vorn', 'das linke Bein schiebt nach hinten'],
    },
    'plank/face-down': {
      description:
        'Bauchlage, die Handflächen flach neben den Schultern auf dem Boden, die Ellbogen nach oben gebeugt, die Zehen aufgestellt.',
    },
    'plank/high-plank': {
      description:
        'Liegestützposition: die Arme gestreckt, die Hände unter den Schultern, der Körper in einer geraden Linie von den Fersen bis zum Kopf, der Blick zum Boden.',
    },
  },
  safetyAdvice:
    'Wenn deine Schmerzen stark sind oder dich an alltäglichen Tätigkeiten hindern, wende dich an eine Ärztin, einen Arzt oder eine andere medizinische Fachperson, bevor du dich auf diese Übungen verlässt. Brich jede Übung ab, die wehtut.',
} satisfies ContentText;
