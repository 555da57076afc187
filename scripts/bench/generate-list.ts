/**
 * A synthetic `sourcecheck.sources/1` list for the scale benchmark: N people, organisations and
 * outlets (60/20/20 by default), generated from a seed, so the same seed and size give the same
 * list byte for byte. Pure: no clock, no Math.random, no I/O.
 *
 * The names are meant to collide the way real names do, because that is what makes index keys
 * expensive: surnames and given names are drawn with Zipf weights (a few surnames carry a large
 * share of each naming culture, so "Zhang", "Nguyễn", "Smith" or "Müller" are shared by thousands
 * and full names such as "Zhang Li" recur), organisations and outlets are built from a small
 * vocabulary of common words (institute, health, policy, herald, gazette) and places, and a few
 * per cent of people are one-letter variants of an earlier name (Philip/Phillip, Meyer/Meier).
 */
import { LIST_FORMAT, type OrganizationRecord, type OutletRecord, type PersonRecord, type SourcesList } from '../../utils/sources-list';
import type { OutletKind } from '../../utils/report';

export type GenerateOptions = {
  /** Records in all: people + organisations + outlets. */
  count: number;
  seed?: number;
  /** Shares of people, organisations and outlets; normalised. */
  split?: { people: number; organizations: number; outlets: number };
  name?: string;
};

export const DEFAULT_SEED = 20_261_123;
export const DEFAULT_SPLIT = { people: 60, organizations: 20, outlets: 20 };

// ---------------------------------------------------------------------------------------------
// Randomness

/** sfc32: a small, fast 32-bit PRNG with a 128-bit state; good enough for test data. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

type Rng = () => number;

/** Picks with Zipf weights 1/rank^s: the first entries are far more common than the last. */
class Zipf<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(
    readonly items: readonly T[],
    s = 1,
  ) {
    let sum = 0;
    items.forEach((_, i) => {
      sum += 1 / Math.pow(i + 1, s);
      this.cumulative.push(sum);
    });
    this.total = sum;
  }
  pick(rng: Rng): T {
    const x = rng() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const chance = (rng: Rng, p: number) => rng() < p;
/** Picks a key of a table of weights. */
function weighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let x = rng() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    x -= w;
    if (x < 0) return k;
  }
  return entries[entries.length - 1]![0];
}
/** Space-separated words; an underscore joins words of one entry (São_Paulo). */
const words = (s: string) => s.trim().split(/\s+/).map((w) => w.replace(/_/g, ' '));

// ---------------------------------------------------------------------------------------------
// Vocabulary. Lists are in rough order of frequency: Zipf picks favour the first entries.

type Culture = 'en' | 'zh' | 'es' | 'fr' | 'de' | 'pt' | 'it' | 'pl' | 'vi' | 'ja' | 'tr' | 'ar' | 'in' | 'ko';

const CULTURE_WEIGHTS: Record<Culture, number> = {
  en: 24, zh: 14, es: 10, fr: 6, de: 7, pt: 6, it: 4, pl: 4, vi: 4, ja: 4, tr: 3, ar: 5, in: 6, ko: 3,
};

const GIVEN: Record<Culture, string[]> = {
  en: words(`James Mary John Michael David Robert Jennifer Linda William Elizabeth Richard Sarah Thomas Susan Paul
    Christopher Karen Daniel Nancy Matthew Lisa Mark Jessica Stephen Emily Andrew Laura Kevin Rachel Brian Anna Steven
    Rebecca Derek Chris Catherine Katherine Philip Phillip Jon Jonathan Peter Helen Timothy Ruth Scott Amy Eric Megan
    Gregory Claire Patrick Alice Sean Fiona Gary Hannah Jason Olivia Ryan Grace Adam Lucy Nathan Zoe Kyle Abigail Ian
    Heather Neil Molly Graham Tessa Stuart Judith Colin Wendy Russell Bridget Harold Doris Lloyd Ingrid`),
  zh: words(`Wei Fang Li Na Min Jing Qiang Lei Jun Yang Yong Yan Jie Tao Ming Chao Xiu Xia Ping Gang Hui Xin Yi Yun
    Hong Lin Hua Bo Peng Ying Yao Lan Qing Hao Bin Kai Rui Ning Xiaoming Jianguo Xiaoyan Haiyan Guoqiang Jianhua Lihua
    Xiaohong Zhiwei Yuxuan Zihan Haoran Yiming Shuang Dan Juan Feng Dong Liang Kun Xue Meng Chen Zhen Yu Ting`),
  es: words(`José María Juan Ana Luis Carmen Carlos Lucía Javier Sofía Antonio Isabel Manuel Pilar Francisco Dolores
    Miguel Teresa Andrés Inés Martín Rocío Pablo Elena Jorge Marta Alejandro Beatriz Diego Concepción Raúl Ángela
    Sergio Nuria Fernando Montserrat Ramón Alba Tomás Begoña Julián Adrián Verónica Óscar Iñigo Mónica Joaquín Sebastián`),
  fr: words(`Jean Marie Pierre Camille Élodie François Hélène Théo Chloé Jérôme Amélie Benoît Céline Noël Michel
    Nathalie Philippe Isabelle Nicolas Sophie Laurent Émilie Stéphane Valérie Frédéric Aurélie Sébastien Mathilde
    Thierry Clémence Rémi Gaëlle Anaïs Loïc Maëlle Hervé Léa Cédric Zoé Jérémie Agnès Anne`),
  de: words(`Thomas Michael Andreas Stefan Sabine Claudia Jürgen Jörg Günter Sören Anna Katrin Kathrin Uwe Björn Ute
    Maximilian Lukas Frank Petra Klaus Monika Wolfgang Birgit Matthias Susanne Dieter Heike Jens Sven Tobias Julia
    Bernd Karin Markus Annegret Florian Lena Jan Henrike Tillmann Doreen Dörte Götz Hans Ralf`),
  pt: words(`João José Antônio António Francisco Ana Maria Luís Conceição Paulo Carlos Pedro Lucas Gabriel Rafael
    Mariana Beatriz Juliana Fernanda Camila Larissa Tiago Gonçalo Inês Rui Duarte Vitória Márcio Sebastião Renata
    Leonor Joaquim Letícia Flávio Cecília Simão`),
  it: words(`Giuseppe Maria Giovanni Anna Antonio Francesca Mario Luca Giulia Marco Chiara Andrea Paola Alessandro
    Federica Stefano Elena Roberto Valentina Matteo Silvia Niccolò Lorenzo Ilaria Davide Martina Gianluca Nicolò`),
  pl: words(`Piotr Anna Krzysztof Maria Andrzej Katarzyna Tomasz Małgorzata Paweł Agnieszka Michał Barbara Łukasz
    Ewa Marcin Magdalena Jiří Tomáš Jana Petr Lenka Kateřina Zbigniew Grzegorz Wojciech Bożena Jarosław Dorota`),
  vi: words(`An Anh Bình Chi Dũng Giang Hà Hải Hằng Hiếu Hoa Hùng Hương Khoa Lan Linh Long Mai Minh Nam Ngọc Nhung
    Phong Phương Quang Sơn Thảo Thành Thu Trang Trung Tuấn Việt Yến`),
  ja: words(`Hiroshi Takashi Yūki Haruto Yui Sakura Kenji Akiko Kazuo Naoko Satoshi Yōko Daisuke Emi Kenta Ayumi
    Shōta Mai Ryō Keiko Tarō Hanako Makoto Yumiko Tsubasa Aoi Shin Kaori`),
  tr: words(`Mehmet Ayşe Mustafa Fatma Ahmet Emine Ali Hatice Hüseyin Zeynep Emre Elif Çağlar Özge Burak Gülşen
    Murat Şule İbrahim Derya Oğuz Büşra Serkan Tuğba`),
  ar: words(`Mohammed Muhammad Mohamed Ahmed Ali Fatima Omar Layla Hassan Aisha Youssef Mariam Khaled Nour Ibrahim
    Rania Tariq Samira Karim Hana Mahmoud Amira Walid Salma Rashid Dina`),
  in: words(`Rahul Priya Amit Sunita Raj Anjali Vijay Pooja Sanjay Neha Arjun Deepa Suresh Kavita Anil Meera Rohan
    Lakshmi Vikram Divya Arvind Shreya Ravi Asha Karthik Nandini`),
  ko: words(`Min-jun Seo-yeon Ji-hoon Ji-woo Hyun-woo Soo-jin Jae-won Eun-ji Dong-hyun Ha-eun Sung-min Yu-na
    Jun-ho Min-seo Tae-yang Hye-jin`),
};

const SURNAMES: Record<Culture, string[]> = {
  en: words(`Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson
    Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill
    Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers
    Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James
    Hughes Price Sanders Myers Long Ross Foster Dean Casper Riotta Calloway Whitfield Ashworth Pemberton Hargreaves
    Kowalczuk Lindqvist Donnelly Fitzgerald Macintyre Oyelaran Okafor Haverford Thistlewood Blackwood`),
  zh: words(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie
    Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lü Ding Ren Lu Yao
    Shen Zhong Jiang Cui Tan Lu Fan Wang Jin Shi Liao Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Jiang Yin Xue
    Yan Duan Lei Long Li Tao He Mao Hao Gu Gong Shao Wan Qian Yan Qin Dai Kong`),
  es: words(`García Rodríguez Martínez López González Hernández Pérez Sánchez Ramírez Torres Flores Gómez Díaz Muñoz
    Álvarez Jiménez Ruiz Moreno Romero Alonso Gutiérrez Navarro Domínguez Vázquez Ramos Gil Serrano Blanco Molina
    Morales Suárez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Cortés Castillo Peña
    Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Vidal León Márquez Herrera Aguilar Ibáñez Echeverría`),
  fr: words(`Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia
    David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier Dupont Lambert Bonnet François Martinez
    Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément Gauthier
    Dumont Lopez Fontaine Chevalier Robin Masson Sánchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gaillard Brunet`),
  de: words(`Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter
    Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause
    Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller
    Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke
    Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß`),
  pt: words(`Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho
    Almeida Lopes Soares Fernandes Vieira Barbosa Rocha Dias Nascimento Andrade Moreira Nunes Marques Machado Mendes
    Freitas Cardoso Ramos Gonçalves Santana Teixeira Araújo Magalhães Sousa Correia Pinto Brandão Simões Guimarães`),
  it: words(`Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca
    Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli
    Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa`),
  pl: words(`Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski
    Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Novák Svoboda Novotný
    Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek Jelínek Král Růžička Beneš`),
  vi: words(`Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý`),
  ja: words(`Satō Suzuki Takahashi Tanaka Watanabe Itō Yamamoto Nakamura Kobayashi Katō Yoshida Yamada Sasaki
    Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto Yamashita Ishikawa Nakajima
    Maeda Fujita Ogawa Gotō Okada Hasegawa Murakami Kondō Ishii`),
  tr: words(`Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin
    Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş`),
  ar: words(`Al-Sayed Haddad Khalil Mansour Nasser Hussein Abdullah Ibrahim Hassan Saleh Farouk Aziz Rahman Karimi
    Al-Masri Qureshi Shaikh Haidar Bakr Darwish Jaber Suleiman Al-Amin Othman Yousef Tahan`),
  in: words(`Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Das Rao Mehta Joshi Shah Chopra Menon Pillai Agarwal
    Banerjee Chatterjee Mukherjee Desai Kapoor Malhotra Bhat Verma Saxena Kulkarni Naidu`),
  ko: words(`Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Hong`),
};

/**
 * A long tail of rarer surnames built from parts (Ashworth, Steinhuber, Beauchamp, Castellini,
 * Dąbrowicz): real surnames are a few very common ones and very many rare ones.
 */
const SURNAME_PARTS: Partial<Record<Culture, [string[], string[], number]>> = {
  en: [words('Ash Black Brad Brook Carl Craw Dal Elling Fair Hal Hart Hay Kings Lang Mar Mid North Pen Rad Red Shel South Stan Thorn Wake West Whit Wil Wind Wood Bram Cal Dun Fen Gold Har Mel Ox Rother Sel'),
    words('ford ley ton wood worth field more by ham well bury stead son wick cott ridge shaw dale brook croft hurst combe lock man'), 0.5],
  de: [words('Alt Berg Brand Eich Feld Gold Grün Hoch Kirch Lind Mühl Neu Ober Rosen Schön Stein Wald Weiß Wies Sonn Eber Hasel Kessel Lich Ried'),
    words('mann berger hofer bauer meier huber ler inger hardt stätter müller brunner thaler reiter feld haus bach'), 0.45],
  fr: [words('Beau Bel Bon Chau Du Fon La Le Mal Mont Ro Ville Cha Mar Gre Ver Bou Lan'), words('champ mont fort val bois pré roche lieu court vallon chêne mare fosse ville lot'), 0.35],
  it: [words('Bel Bon Cas Cor Fer Gal Mar Mon Ros San Val Cap Pel Tor Bar Lan Vit'), words('lini etti ucci elli oni ini acci otti aro ato enti ani uzzi'), 0.4],
  pl: [words('Kowal Nowa Wiśnie Wój Kamiń Lewan Zieliń Szyma Woź Dąbrow Kozło Jankow Grab Pawło Sobie Krawcz Stęp Wal Chmiel Pietrz'), words('ski cki czyk ak ewicz owski iński ek'), 0.45],
  es: [words('Val Mont Castell Torre Villa Fuen Rivera Campo Sala Herre Olme Ara Bal'), words('verde alba mayor real nueva dillo ra do lar nos'), 0.25],
  pt: [words('Val Mon Cas Fon Bar Vila Rib Mor Cor Tor'), words('adares eiro telo tes reira ário inho ela ares'), 0.25],
  in: [words('Bhat Desh Kul Raj Chand Shri Ven Krish Gopal Bal Subra'), words('pande karni kumar mani ram nathan manian wal rao'), 0.3],
  tr: [words('Ak Kara Öz Ay Gül Tek Er Bay Ada Kor'), words('soy taş kan yürek demir can doğan kaya'), 0.4],
};
/** Chinese and Korean given names are mostly two syllables: drawn as pairs, as real names are. */
const SYLLABLES: Partial<Record<Culture, string[]>> = {
  zh: words(`Wei Fang Li Na Min Jing Qiang Lei Jun Yang Yong Yan Jie Tao Ming Chao Xiu Xia Ping Gang Hui Xin Yi Yun
    Hong Lin Hua Bo Peng Ying Yao Lan Qing Hao Bin Kai Rui Ning Xiao Jian Guo Zhi Yu Zi Hai Shu Dan Juan Feng Dong Liang
    Kun Xue Meng Chen Zhen Ting Jia Wen Qian Hang Lu Ke Xuan Han Yue Shan`),
  ko: words('Min Ji Seo Hyun Soo Jae Eun Dong Ha Sung Yu Jun Tae Hye Young Sang Jin Woo Ho Yeon Hoon Na Kyung Joon Chul'),
};
const INITIALS = 'ABCDEFGHJKLMNPRSTW';
const VI_MIDDLE = words('Văn Thị Đức Minh Ngọc Thanh Quốc Hữu');
const NICKNAMES: Record<string, string> = {
  Christopher: 'Chris', William: 'Bill', Robert: 'Bob', Richard: 'Rick', Michael: 'Mike', Elizabeth: 'Liz',
  Jennifer: 'Jen', Matthew: 'Matt', Daniel: 'Dan', Katherine: 'Kate', Catherine: 'Cathy', Stephen: 'Steve',
  Thomas: 'Tom', Timothy: 'Tim', Gregory: 'Greg', Jonathan: 'Jon', Andrew: 'Andy', Nathan: 'Nate', Abigail: 'Abby',
  Alejandro: 'Álex', Francisco: 'Paco', José: 'Pepe', Giuseppe: 'Peppe', Maximilian: 'Max', Mohammed: 'Mo',
};
/** Han characters for the romanised Chinese names, so some people carry a name in Chinese as an alias. */
const HAN: Record<string, string> = {
  Wang: '王', Li: '李', Zhang: '张', Liu: '刘', Chen: '陈', Yang: '杨', Huang: '黄', Zhao: '赵', Wu: '吴', Zhou: '周',
  Xu: '徐', Sun: '孙', Ma: '马', Zhu: '朱', Hu: '胡', Guo: '郭', He: '何', Gao: '高', Lin: '林', Luo: '罗',
  Zheng: '郑', Liang: '梁', Zeng: '曾', Wei: '伟', Fang: '芳', Na: '娜', Min: '敏', Jing: '静', Qiang: '强',
  Lei: '磊', Jun: '军', Yan: '艳', Jie: '杰', Tao: '涛', Ming: '明', Chao: '超', Xia: '霞', Ping: '平', Gang: '刚',
  Hui: '辉', Xin: '欣', Yi: '毅', Yun: '云', Hong: '红', Hua: '华', Bo: '波', Yao: '瑶', Lan: '兰', Hao: '浩',
};

const PLACES: Record<Culture, string[]> = {
  en: words(`Springfield Riverton Ashford Millbrook Fairview Kingston Clayton Georgetown Franklin Greenville Bristol
    Madison Salem Oxford Cambridge Manchester Leeds Sheffield Glasgow Cardiff Belfast Dublin Boston Chicago Houston
    Denver Seattle Portland Atlanta Phoenix Dallas Austin Toronto Ottawa Winnipeg Calgary Sydney Melbourne Brisbane
    Perth Adelaide Auckland Wellington Hartwell Northam Eastbury Westfield Southport Lakewood Brookhaven Oakridge
    Pinecrest Maplewood Stonebridge Harborview Elmstead Thornbury Whitby Kendal Ludlow Marlow Alnwick`),
  zh: words(`Beijing Shanghai Guangzhou Shenzhen Chengdu Wuhan Hangzhou Nanjing Tianjin Chongqing Xi'an Suzhou
    Qingdao Dalian Xiamen Kunming Harbin Changsha Zhengzhou Jinan Hefei Fuzhou Ningbo Shenyang Lanzhou Nanning`),
  es: words(`Madrid Barcelona Valencia Sevilla Zaragoza Málaga Murcia Bilbao Córdoba Valladolid Alicante Granada
    Oviedo Santander Pamplona León Cádiz Salamanca Logroño Cáceres Jaén Almería Bogotá Medellín Lima Quito Santiago
    Valparaíso Montevideo Asunción Rosario Mendoza Guadalajara Monterrey Puebla Mérida Querétaro`),
  fr: words(`Paris Lyon Marseille Toulouse Nice Nantes Strasbourg Montpellier Bordeaux Lille Rennes Reims Toulon
    Grenoble Dijon Angers Nîmes Besançon Orléans Rouen Caen Nancy Metz Limoges Poitiers Genève Lausanne Québec
    Montréal Liège Namur`),
  de: words(`Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund Essen Bremen Dresden
    Hannover Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster Mannheim Karlsruhe Augsburg Wiesbaden Kiel
    Lübeck Göttingen Würzburg Regensburg Wien Graz Linz Salzburg Zürich Basel Bern`),
  pt: words(`Lisboa Porto Braga Coimbra Faro Aveiro Évora Funchal São_Paulo Rio_de_Janeiro Belo_Horizonte Brasília Salvador
    Fortaleza Recife Curitiba Manaus Belém Goiânia Campinas Niterói Florianópolis Maceió Natal`),
  it: words(`Roma Milano Napoli Torino Palermo Genova Bologna Firenze Bari Catania Venezia Verona Messina Padova
    Trieste Brescia Parma Modena Perugia Cagliari Forlì Cesena`),
  pl: words(`Warszawa Kraków Łódź Wrocław Poznań Gdańsk Szczecin Bydgoszcz Lublin Białystok Katowice Praha Brno
    Ostrava Plzeň Olomouc Liberec České_Budějovice`),
  vi: words(`Hà_Nội Huế Đà_Nẵng Hải_Phòng Cần_Thơ Nha_Trang Vinh Quy_Nhơn`),
  ja: words(`Tōkyō Ōsaka Kyōto Yokohama Nagoya Sapporo Kōbe Fukuoka Kawasaki Sendai Hiroshima Chiba Niigata`),
  tr: words(`İstanbul Ankara İzmir Bursa Antalya Konya Adana Gaziantep Kayseri Eskişehir Diyarbakır Trabzon`),
  ar: words(`Cairo Alexandria Amman Beirut Baghdad Riyadh Jeddah Doha Dubai Muscat Tunis Rabat Casablanca Algiers`),
  in: words(`Mumbai Delhi Bengaluru Hyderabad Chennai Kolkata Pune Ahmedabad Jaipur Lucknow Kochi Indore Bhopal`),
  ko: words(`Seoul Busan Incheon Daegu Daejeon Gwangju Ulsan Suwon`),
};

/** Distinctive words that organisations share by the thousand. */
const FIELDS = words(`Health Policy Technology Energy Economics Security Climate Education Science Development Law
  Public Affairs Environment Agriculture Transport Finance Innovation Engineering Medicine Studies Governance Trade
  Culture Humanities Defence Water Oceans Space Labour Housing Justice Migration Nutrition Data Ethics Robotics
  Materials Genomics Neuroscience Astronomy Mathematics Linguistics History Infrastructure Cybersecurity Peace Arts`);
const FIELDS_LOCAL: Partial<Record<Culture, string[]>> = {
  es: words('Salud Economía Tecnología Energía Educación Ciencias Derecho Medio_Ambiente Agricultura Finanzas Ingeniería Medicina Política Cultura'),
  fr: words('Santé Économie Technologie Énergie Éducation Sciences Droit Environnement Agriculture Finance Ingénierie Médecine Politique Culture'),
  de: words('Gesundheit Wirtschaft Technologie Energie Bildung Wissenschaft Recht Umwelt Landwirtschaft Finanzen Medizin Politik Kultur Verkehr'),
  pt: words('Saúde Economia Tecnologia Energia Educação Ciências Direito Ambiente Agricultura Finanças Engenharia Medicina Política Cultura'),
  it: words('Salute Economia Tecnologia Energia Istruzione Scienze Diritto Ambiente Agricoltura Finanza Ingegneria Medicina Politica Cultura'),
};
const ADJECTIVES = words('National Central Northern Southern Eastern Western Royal Federal Regional Metropolitan Pacific Atlantic Continental United Independent Applied Advanced Strategic');
const BRAND_PARTS_A = words('Nova Axi Veri Quant Lumi Bio Gen Tera Meri Solu Omni Cyber Neo Zen Astra Helio Vita Aero Hydro Cogni Data Info Syn Opti Medi Fin Agri Geo Electro Ortho');
const BRAND_PARTS_B = words('tech gen tron soft core logic sys net wave works labs link path point scope mind cell metrics grid forge');
const BRAND_SUFFIX = words('Inc Group Holdings Systems Labs Technologies Partners Corporation Ltd GmbH SA AG Capital Energy Pharma');
const PROFESSIONS = words('Journalists Physicians Engineers Teachers Nurses Architects Economists Pharmacists Farmers Lawyers Accountants Scientists Librarians Veterinarians');
const COUNTRIES: Record<Culture, string[]> = {
  en: words('US GB IE CA AU NZ'), zh: ['CN'], es: words('ES MX AR CO CL PE'), fr: words('FR BE CH CA'), de: words('DE AT CH'),
  pt: words('PT BR'), it: ['IT'], pl: words('PL CZ'), vi: ['VN'], ja: ['JP'], tr: ['TR'], ar: words('EG JO LB SA AE MA'),
  in: ['IN'], ko: ['KR'],
};

const MASTHEADS = words(`Herald Gazette Chronicle Courier Tribune Observer Sentinel Post Times Journal Register Ledger
  Examiner Star Record Dispatch Bulletin Inquirer Review Standard Mercury Advertiser Telegraph Echo Mirror Express
  Independent Monitor Globe Leader Argus Beacon Clarion`);
const TOPICS = words(`Tech Health Climate Energy Money Policy Science Crypto Auto Travel Food Sports Film Music Defense
  Security Markets Startup Gaming Space Legal Housing Farm Retail Science Data Cyber`);
const TOPIC_TAILS = words('Insider Wire Today Report Watch Weekly Digest Daily Brief Now Times Post Review Journal Pulse Beat Hub Desk');
const LOCAL_MASTHEADS: Partial<Record<Culture, (rng: Rng, place: string) => string>> = {
  es: (rng, p) => pick(rng, [`Diario de ${p}`, `El Correo de ${p}`, `La Voz de ${p}`, `El Heraldo de ${p}`, `Noticias de ${p}`, `El Periódico de ${p}`, `La Crónica de ${p}`]),
  fr: (rng, p) => pick(rng, [`Le Courrier de ${p}`, `${p} Matin`, `L'Écho de ${p}`, `Le Républicain de ${p}`, `Le Progrès de ${p}`, `La Dépêche de ${p}`, `Le Journal de ${p}`]),
  de: (rng, p) => pick(rng, [`${p}er Zeitung`, `${p}er Nachrichten`, `${p}er Rundschau`, `${p}er Anzeiger`, `${p}er Tagblatt`, `${p}er Allgemeine`, `Neue ${p}er Presse`]),
  it: (rng, p) => pick(rng, [`Il Corriere di ${p}`, `Il Giornale di ${p}`, `La Gazzetta di ${p}`, `Il Gazzettino di ${p}`, `La Nuova ${p}`]),
  pt: (rng, p) => pick(rng, [`Jornal de ${p}`, `Gazeta de ${p}`, `Folha de ${p}`, `Diário de ${p}`, `Correio de ${p}`, `O Estado de ${p}`]),
  pl: (rng, p) => pick(rng, [`Gazeta ${p}`, `Kurier ${p}`, `Dziennik ${p}`, `Deník ${p}`, `Echo ${p}`]),
  zh: (rng, p) => pick(rng, [`${p} Daily`, `${p} Evening News`, `${p} Morning Post`, `${p} Economic Daily`, `${p} Youth News`]),
  tr: (rng, p) => pick(rng, [`${p} Haber`, `${p} Gazetesi`, `Yeni ${p}`, `${p} Postası`]),
};
const TLDS: Record<Culture, string[]> = {
  en: words('com com com net org co.uk co.uk com.au ca co.nz ie us news info online co io'),
  zh: words('cn com.cn com net'), es: words('es com com.mx com.ar co cl pe com'), fr: words('fr com be ch ca info'),
  de: words('de de com at ch net info'), pt: words('pt com.br com.br com'), it: words('it it com'), pl: words('pl cz com'),
  vi: words('vn com.vn com'), ja: words('jp co.jp com'), tr: words('com.tr com'), ar: words('com net ae eg com.sa'),
  in: words('in co.in com'), ko: words('kr co.kr com'),
};

/** Outlet kinds by the shape of the name: local papers are news, topic sites are often blogs or worse. */
const OUTLET_KIND_WEIGHTS: Record<'local' | 'masthead' | 'topic' | 'brand', Record<OutletKind, number>> = {
  local: { news: 88, broadcaster: 5, magazine: 3, 'state-media': 1, government: 1, wire: 0, blog: 1, aggregator: 0, 'fact-checker': 0, academic: 0, 'content-farm': 0, satire: 1, unreliable: 0 },
  masthead: { news: 80, broadcaster: 4, magazine: 6, 'state-media': 2, government: 0, wire: 1, blog: 2, aggregator: 1, 'fact-checker': 0, academic: 0, 'content-farm': 1, satire: 2, unreliable: 1 },
  topic: { news: 35, broadcaster: 0, magazine: 20, 'state-media': 0, government: 1, wire: 1, blog: 20, aggregator: 6, 'fact-checker': 3, academic: 4, 'content-farm': 5, satire: 1, unreliable: 4 },
  brand: { news: 30, broadcaster: 1, magazine: 5, 'state-media': 1, government: 0, wire: 3, blog: 15, aggregator: 20, 'fact-checker': 2, academic: 0, 'content-farm': 13, satire: 2, unreliable: 8 },
};
const ACADEMIC_TLDS: Partial<Record<Culture, string>> = { en: 'edu', zh: 'edu.cn', es: 'es', fr: 'fr', de: 'de', pt: 'pt', it: 'it', pl: 'pl', vi: 'edu.vn', ja: 'ac.jp', tr: 'edu.tr', in: 'ac.in', ko: 'ac.kr' };
const GOVERNMENT_TLDS: Partial<Record<Culture, string>> = { en: 'gov', zh: 'gov.cn', es: 'gob.es', fr: 'gouv.fr', de: 'bund.de', pt: 'gov.pt', it: 'gov.it', pl: 'gov.pl', ja: 'go.jp', tr: 'gov.tr', in: 'gov.in', ko: 'go.kr' };
const ORG_TITLES = words('professor researcher director spokesperson analyst economist fellow lecturer chair adviser engineer minister');
const OUTLET_TITLES = ['reporter', 'correspondent', 'editor', 'columnist', 'senior reporter', 'managing editor', 'producer'];

// ---------------------------------------------------------------------------------------------
// Helpers

/** ASCII letters only, lowercase: "São Paulo" → "saopaulo" (for domains and ids). */
function ascii(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
const slug = (s: string) => s.split(/\s+/).map(ascii).filter(Boolean).join('-');

/** German transliteration without umlauts: Jürgen Müller → Juergen Mueller (a different index key). */
function germanAscii(s: string): string {
  return s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');
}

const STOP = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'di', 'für', 'y', 'e', 'do', 'da', 'en']);
/** "University of International Business and Economics" → "UIBE". */
function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()))
    .map((w) => ascii(w)[0]?.toUpperCase() ?? '')
    .join('');
}

/** One typo in the longest word of a name: a dropped, doubled or swapped letter, as real near-duplicates have. */
function oneEdit(rng: Rng, name: string): string {
  const parts = name.split(' ');
  let i = 0;
  parts.forEach((p, j) => {
    if (j > 0 && p.length >= parts[i]!.length) i = j;
  });
  const w = Array.from(parts[i]!);
  if (w.length < 4) return name;
  const at = 1 + Math.floor(rng() * (w.length - 2));
  const kind = Math.floor(rng() * 3);
  if (kind === 0) w.splice(at, 1);
  else if (kind === 1) w.splice(at, 0, w[at]!);
  else [w[at], w[at + 1]] = [w[at + 1]!, w[at]!];
  parts[i] = w.join('');
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Records

type Pickers = {
  culture: () => Culture;
  givenName: (culture: Culture) => string;
  surnameOf: (culture: Culture) => string;
  place: Record<Culture, Zipf<string>>;
  field: Zipf<string>;
};

function pickers(rng: Rng): Pickers {
  const perCulture = (table: Record<Culture, string[]>, s: number) =>
    Object.fromEntries(Object.entries(table).map(([k, v]) => [k, new Zipf(v, s)])) as Record<Culture, Zipf<string>>;
  const given = perCulture(GIVEN, 0.8);
  const surname = perCulture(SURNAMES, 1.05);
  const syllables = Object.fromEntries(Object.entries(SYLLABLES).map(([k, v]) => [k, new Zipf(v, 0.8)])) as Partial<Record<Culture, Zipf<string>>>;
  return {
    culture: () => weighted(rng, CULTURE_WEIGHTS),
    givenName: (culture) => {
      const syllable = syllables[culture];
      if (!syllable || chance(rng, 0.4)) return given[culture].pick(rng);
      const second = syllable.pick(rng).toLowerCase();
      return `${syllable.pick(rng)}${culture === 'ko' ? '-' : ''}${second}`;
    },
    surnameOf: (culture) => {
      const parts = SURNAME_PARTS[culture];
      if (!parts || !chance(rng, parts[2])) return surname[culture].pick(rng);
      return `${pick(rng, parts[0])}${pick(rng, parts[1])}`;
    },
    place: perCulture(PLACES, 0.9),
    field: new Zipf(FIELDS, 0.7),
  };
}

function organization(rng: Rng, p: Pickers, index: number): OrganizationRecord {
  const culture = p.culture();
  const place = p.place[culture].pick(rng);
  const field = () => p.field.pick(rng);
  /** Two different fields ("Energy and Climate"), and a field with a different tail ("Policy Studies"). */
  const fields = () => {
    const a = field();
    let b = field();
    for (let i = 0; b === a && i < 5; i++) b = field();
    return b === a ? a : `${a} and ${b}`;
  };
  const fieldWith = (tails: string[]) => {
    const a = field();
    const tail = pick(rng, tails.filter((t) => t !== a));
    return `${a} ${tail}`;
  };
  /** A field in the culture's own language, for names in that language. */
  const local = () => pick(rng, FIELDS_LOCAL[culture] ?? FIELDS);
  const surname = p.surnameOf(culture);
  const template = weighted(rng, { university: 22, institute: 20, center: 12, company: 18, foundation: 8, government: 10, association: 10 });
  let name: string;
  let kind: string;
  switch (template) {
    case 'university': {
      kind = 'university';
      const local: Partial<Record<Culture, string[]>> = {
        es: [`Universidad de ${place}`, `Universidad Nacional de ${place}`, `Universidad Politécnica de ${place}`],
        fr: [`Université de ${place}`, `Université ${place} ${pick(rng, ['I', 'II', 'III'])}`, `École Normale Supérieure de ${place}`],
        de: [`Universität ${place}`, `Technische Universität ${place}`, `Hochschule ${place}`],
        pt: [`Universidade de ${place}`, `Universidade Federal de ${place}`],
        it: [`Università di ${place}`, `Politecnico di ${place}`],
        pl: [`Uniwersytet ${place}`, `Univerzita ${place}`],
      };
      name = pick(rng, [
        `University of ${place}`,
        `${place} University`,
        `${place} State University`,
        `${place} University of ${field()}`,
        `${place} Institute of Technology`,
        ...(local[culture] ?? []),
      ]);
      break;
    }
    case 'institute':
      kind = 'research';
      name = pick(rng, [
        `Institute of ${field()}`,
        `${place} Institute of ${field()}`,
        `${pick(rng, ADJECTIVES)} Institute for ${fieldWith(['Studies', 'Research', 'Policy'])}`,
        `${surname} Institute for ${field()}`,
        `${pick(rng, ADJECTIVES)} Academy of ${field()}`,
        `${place} Institute of ${fields()}`,
        ...(culture === 'de' ? [`${place}er Institut für ${local()}`, `Max-${surname}-Institut für ${local()}`] : []),
        ...(culture === 'es' || culture === 'pt' ? [`Instituto de ${local()}`, `Instituto ${place} de ${local()}`] : []),
        ...(culture === 'it' ? [`Istituto di ${local()}`, `Istituto Nazionale di ${local()}`] : []),
        ...(culture === 'fr' ? [`Institut de ${local()} de ${place}`, `Institut National de ${local()}`] : []),
      ]);
      break;
    case 'center':
      kind = 'research';
      name = pick(rng, [
        `Center for ${fieldWith(['Studies', 'Research', 'Policy', 'and Society'])}`,
        `${place} Centre for ${field()}`,
        `Centre for ${fields()}`,
        `${fieldWith(['Research', 'Policy', 'Innovation'])} Center`,
        culture === 'fr' ? `Centre de Recherche en ${local()}` : culture === 'de' ? `Zentrum für ${local()}` : `${pick(rng, ADJECTIVES)} Center for ${field()}`,
      ]);
      break;
    case 'company': {
      kind = 'company';
      const brand = `${pick(rng, BRAND_PARTS_A)}${pick(rng, BRAND_PARTS_B)}`;
      name = pick(rng, [`${brand} ${pick(rng, BRAND_SUFFIX)}`, brand, `${surname} & ${p.surnameOf(culture)}`, `${place} ${pick(rng, ['Energy', 'Water', 'Transit', 'Telecom', 'Bank', 'Steel', 'Airlines'])}`, `${surname} ${pick(rng, BRAND_SUFFIX)}`]);
      break;
    }
    case 'foundation':
      kind = 'ngo';
      name = pick(rng, [
        `${surname} Foundation`,
        `${p.givenName(culture)} ${surname} Foundation`,
        culture === 'es' ? `Fundación ${surname}` : culture === 'pt' ? `Fundação ${surname}` : culture === 'de' ? `${surname}-Stiftung` : `${surname} Trust`,
        `${field()} for All`,
      ]);
      break;
    case 'government':
      kind = 'government';
      name = pick(rng, [
        `Ministry of ${field()}`,
        `Department of ${field()}`,
        `${place} City Council`,
        `${pick(rng, ADJECTIVES)} ${field()} Agency`,
        `Office of ${fields()}`,
        culture === 'es' ? `Ministerio de ${local()}` : culture === 'de' ? `Bundesamt für ${local()}` : culture === 'fr' ? `Ministère de la ${local()}` : culture === 'pt' ? `Ministério da ${local()}` : `${place} ${field()} Authority`,
      ]);
      break;
    default:
      kind = 'association';
      name = pick(rng, [
        `${pick(rng, ADJECTIVES)} Association of ${pick(rng, PROFESSIONS)}`,
        `${place} Association of ${pick(rng, PROFESSIONS)}`,
        `Society for ${field()}`,
        `${place} Chamber of Commerce`,
        `${field()} Council of ${place}`,
      ]);
  }
  const record: OrganizationRecord = { id: `org-${index}-${slug(name).slice(0, 40)}`, name, kind, country: pick(rng, COUNTRIES[culture]) };
  const aliases: string[] = [];
  const abbr = acronym(name);
  if (abbr.length >= 3 && abbr.length <= 6 && chance(rng, 0.35)) aliases.push(abbr);
  if (/[^\x00-\x7f]/.test(name) && chance(rng, 0.2)) aliases.push(name.normalize('NFKD').replace(/\p{M}+/gu, ''));
  if (chance(rng, 0.05)) aliases.push(`The ${name}`);
  if (aliases.length > 0) record.aliases = [...new Set(aliases)];
  if (chance(rng, 0.5)) {
    const tld = (kind === 'university' ? ACADEMIC_TLDS[culture] : kind === 'government' ? GOVERNMENT_TLDS[culture] : undefined) ?? pick(rng, TLDS[culture]);
    record.domains = [`${(abbr.length >= 3 ? abbr : slug(name).slice(0, 24)).toLowerCase()}${chance(rng, 0.5) ? '' : index % 97}.${tld}`];
  }
  return record;
}

function outlet(rng: Rng, p: Pickers, index: number, usedDomains: Set<string>): OutletRecord {
  const culture = p.culture();
  const place = p.place[culture].pick(rng);
  const template = weighted(rng, { local: 45, masthead: 25, topic: 18, brand: 12 });
  let name: string;
  if (template === 'local' && LOCAL_MASTHEADS[culture]) name = LOCAL_MASTHEADS[culture]!(rng, place);
  else if (template === 'local' || template === 'masthead') name = pick(rng, [`The ${place} ${pick(rng, MASTHEADS)}`, `${place} ${pick(rng, MASTHEADS)}`, `${place} Daily News`, `${place} ${pick(rng, MASTHEADS)}-${pick(rng, MASTHEADS)}`]);
  else if (template === 'topic') name = `${pick(rng, TOPICS)} ${pick(rng, TOPIC_TAILS)}`;
  else name = `${pick(rng, BRAND_PARTS_A)}${pick(rng, ['news', 'press', 'media', 'wire', 'post', 'today', 'brief'])}`;
  name = name.replace(/^./, (c) => c.toUpperCase());
  const label = name.replace(/^(The|El|La|Le|Il|O|L') /i, '').split(/[\s-]+/).map(ascii).filter(Boolean);
  const domains: string[] = [];
  const want = chance(rng, 0.12) ? 2 : 1;
  for (let attempt = 0; domains.length < want && attempt < 12; attempt++) {
    const joined = attempt < 6 && chance(rng, 0.75) ? label.join('') : label.join('-');
    const tail = attempt < 4 ? '' : pick(rng, ['online', 'news', 'now', 'today', 'live', `${index % 100}`]);
    const domain = `${joined}${tail}.${pick(rng, TLDS[culture])}`;
    if (usedDomains.has(domain)) continue;
    usedDomains.add(domain);
    domains.push(domain);
  }
  if (domains.length === 0) {
    const domain = `${label.join('')}${index}.com`;
    usedDomains.add(domain);
    domains.push(domain);
  }
  const record: OutletRecord = { id: `outlet-${index}-${slug(name).slice(0, 40)}`, name, domains, kind: weighted(rng, OUTLET_KIND_WEIGHTS[template]), country: pick(rng, COUNTRIES[culture]) };
  const aliases: string[] = [];
  if (chance(rng, 0.15)) aliases.push(domains[0]!.replace(/^./, (c) => c.toUpperCase()));
  if (/^The /.test(name) && chance(rng, 0.3)) aliases.push(name.slice(4));
  if (/[^\x00-\x7f]/.test(name) && chance(rng, 0.15)) aliases.push(name.normalize('NFKD').replace(/\p{M}+/gu, ''));
  if (aliases.length > 0) record.aliases = [...new Set(aliases)];
  return record;
}

function personName(rng: Rng, p: Pickers, culture: Culture): { name: string; aliases: string[] } {
  const given = p.givenName(culture);
  const surname = p.surnameOf(culture);
  const aliases: string[] = [];
  let name: string;
  switch (culture) {
    case 'zh':
    case 'ko': {
      name = `${surname} ${given}`;
      if (chance(rng, 0.15)) aliases.push(`${given} ${surname}`);
      const han = culture === 'zh' ? [HAN[surname], HAN[given]] : [];
      if (han[0] && han[1] && chance(rng, 0.3)) aliases.push(`${han[0]}${han[1]}`);
      break;
    }
    case 'vi':
      name = `${surname} ${pick(rng, VI_MIDDLE)} ${given}`;
      if (chance(rng, 0.2)) aliases.push(name.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D'));
      break;
    case 'es':
      if (chance(rng, 0.6)) {
        const second = p.surnameOf('es');
        name = `${given} ${surname} ${second}`;
        if (chance(rng, 0.4)) aliases.push(`${given} ${surname}`);
      } else name = `${given} ${surname}`;
      break;
    case 'pt':
      name = chance(rng, 0.5) ? `${given} ${p.surnameOf('pt')} ${surname}` : `${given} ${surname}`;
      break;
    case 'en':
      name = chance(rng, 0.25) ? `${given} ${pick(rng, Array.from(INITIALS))}. ${surname}` : `${given} ${surname}`;
      if (NICKNAMES[given] && chance(rng, 0.3)) aliases.push(`${NICKNAMES[given]} ${surname}`);
      break;
    case 'de':
      name = chance(rng, 0.1) ? `${given}-${p.givenName('de')} ${surname}` : `${given} ${surname}`;
      if (/[äöüß]/i.test(name) && chance(rng, 0.3)) aliases.push(germanAscii(name));
      break;
    default:
      name = `${given} ${surname}`;
      if (NICKNAMES[given] && chance(rng, 0.3)) aliases.push(`${NICKNAMES[given]} ${surname}`);
      if (/[^\x00-\x7f]/.test(name) && chance(rng, 0.1)) aliases.push(name.normalize('NFKD').replace(/\p{M}+/gu, ''));
  }
  return { name, aliases };
}

function person(rng: Rng, p: Pickers, index: number, earlier: PersonRecord[], orgs: OrganizationRecord[], outlets: OutletRecord[]): PersonRecord {
  const culture = p.culture();
  let { name, aliases } = personName(rng, p, culture);
  // A few per cent are real near-duplicates: another person one letter from an earlier name.
  if (earlier.length > 0 && chance(rng, 0.03)) {
    const other = pick(rng, earlier);
    const variant = oneEdit(rng, other.name);
    if (variant !== other.name) ({ name, aliases } = { name: variant, aliases: [] });
  }
  const record: PersonRecord = { id: `person-${index}-${slug(name).slice(0, 40)}`, name };
  if (aliases.length > 0) record.aliases = [...new Set(aliases)].filter((a) => a !== name);
  if (record.aliases?.length === 0) delete record.aliases;
  const affiliations: NonNullable<PersonRecord['affiliations']> = [];
  const n = weighted(rng, { '0': 10, '1': 60, '2': 24, '3': 6 });
  for (let i = 0; i < Number(n); i++) {
    const journalist = chance(rng, 0.3) && outlets.length > 0;
    if (!journalist && orgs.length === 0) break;
    const affiliation = journalist
      ? { organization: pick(rng, outlets).name, title: pick(rng, OUTLET_TITLES) }
      : { organization: pick(rng, orgs).name, title: pick(rng, ORG_TITLES) };
    if (chance(rng, 0.2)) {
      const from = 1985 + Math.floor(rng() * 35);
      Object.assign(affiliation, { from: String(from), to: chance(rng, 0.5) ? String(from + 1 + Math.floor(rng() * 6)) : null });
    }
    affiliations.push(affiliation);
  }
  if (affiliations.length > 0) record.affiliations = affiliations;
  return record;
}

/** The list: organisations and outlets first, so that people can be affiliated with them by name. */
export function generateList(options: GenerateOptions): SourcesList {
  const seed = options.seed ?? DEFAULT_SEED;
  const split = options.split ?? DEFAULT_SPLIT;
  const total = split.people + split.organizations + split.outlets;
  const nOrgs = Math.round((options.count * split.organizations) / total);
  const nOutlets = Math.round((options.count * split.outlets) / total);
  const nPeople = Math.max(0, options.count - nOrgs - nOutlets);
  const rng = prng(seed);
  const p = pickers(rng);
  const organizations = Array.from({ length: nOrgs }, (_, i) => organization(rng, p, i));
  const usedDomains = new Set<string>();
  const outlets = Array.from({ length: nOutlets }, (_, i) => outlet(rng, p, i, usedDomains));
  const people: PersonRecord[] = [];
  for (let i = 0; i < nPeople; i++) people.push(person(rng, p, i, people, organizations, outlets));
  return {
    format: LIST_FORMAT,
    name: options.name ?? `Scale benchmark list ${options.count} seed ${seed}`,
    version: `${options.count}-${seed}`,
    description: `Synthetic list for the scale benchmark (scripts/bench/generate-list.ts): ${nPeople} people, ${nOrgs} organizations, ${nOutlets} outlets. Not real data.`,
    license: 'CC0-1.0',
    updated: '2026-01-01',
    outlets,
    people,
    organizations,
  };
}
