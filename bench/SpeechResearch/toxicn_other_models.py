"""Other model families on ToxiCN's three classes, to test whether the 0.70 macro-F1 target is within reach of a model
trained here (issue 12; docs/decisions/0033). Not part of Vigil: a research check, run by hand.

Needs Debian's python3-sklearn (and python3-torch for `cnn`):  apt-get install -y python3-sklearn python3-torch
Run from the repository root:  /usr/bin/python3 bench/SpeechResearch/toxicn_other_models.py tfidf|hier|cnn [--dev]

Every figure is chosen and reported on train (five-fold out-of-fold, or an 80/20 split of train for the network, with
the plain TF-IDF model on the same split as its baseline); --dev also prints the dev figure once, for the record.
"tuned" applies per-class weights to the probabilities before argmax, fitted for macro-F1 on the same rows, as Vigil's
own decision weights are.
"""
import csv
import sys
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

DATA = '../shared/data/speech/'
LABELS = {'hate': 0, 'offensive': 1, 'normal': 2}


def load(dataset, split):
    with open(f'{DATA}{dataset}/{split}.csv', encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    return [r['text'] for r in rows], [r['label'] for r in rows]


def macro(y, p, w=(1, 1, 1)):
    return f1_score(y, (p * np.array(w)).argmax(1), average='macro')


def tune(p, y):
    best = (macro(y, p), (1, 1, 1))
    for a in np.linspace(0.5, 3, 11):
        for b in np.linspace(0.5, 4, 15):
            f = macro(y, p, (a, b, 1))
            if f > best[0]:
                best = (f, (a, b, 1))
    return best


def probabilities(model, x):
    if hasattr(model, 'predict_proba'):
        return model.predict_proba(x)
    s = model.decision_function(x)
    e = np.exp(s - s.max(1, keepdims=True))
    return e / e.sum(1, keepdims=True)


def report(name, y, oof, fit_predict_dev):
    tuned, weights = tune(oof, y)
    line = f'{name}: out-of-fold {macro(y, oof):.3f} tuned {tuned:.3f}'
    if '--dev' in sys.argv:
        pd = fit_predict_dev()
        line += f' | dev {macro(ydv, pd):.3f} with the tuned weights {macro(ydv, pd, weights):.3f}'
    print(line, flush=True)


def flat(vectorizer, classifier):
    def fit_predict(xa, ya, xb):
        v = vectorizer()
        model = classifier().fit(v.fit_transform(xa), ya)
        return probabilities(model, v.transform(xb))
    return fit_predict


def hierarchical(cold_weight):
    """Toxic or not (ToxiCN, optionally pooled with COLD's binary labels), then hate or offensive among the toxic."""
    from scipy.sparse import vstack

    def fit_predict(xa, ya, xb):
        v = TfidfVectorizer(analyzer='char', ngram_range=(1, 2), sublinear_tf=True).fit(xa + xc)
        a, b = v.transform(xa), v.transform(xb)
        toxic = (ya != 2).astype(int)
        if cold_weight > 0:
            stage1 = LogisticRegression(C=4, max_iter=3000).fit(vstack([a, v.transform(xc)]), np.concatenate([toxic, yc]),
                                                                sample_weight=np.concatenate([np.ones(len(toxic)), np.full(len(yc), cold_weight)]))
        else:
            stage1 = LogisticRegression(C=4, max_iter=3000).fit(a, toxic)
        m = ya != 2
        stage2 = LogisticRegression(C=4, max_iter=3000, class_weight='balanced').fit(a[m], (ya[m] == 0).astype(int))
        pt, ph = stage1.predict_proba(b)[:, 1], stage2.predict_proba(b)[:, 1]
        return np.stack([pt * ph, pt * (1 - ph), 1 - pt], 1)
    return fit_predict


def out_of_fold(fit_predict):
    oof = np.zeros((len(ytr), 3))
    for tr, te in StratifiedKFold(5, shuffle=True, random_state=1).split(xtr, ytr):
        oof[te] = fit_predict([xtr[i] for i in tr], ytr[tr], [xtr[i] for i in te])
    return oof


def cnn(epochs=5, max_len=160):
    """Characters embedded (128), convolutions of width 1-4 (128 each), max-pooled; a three-class head on ToxiCN and a
    binary head on COLD trained together (COLD only shapes the shared layers)."""
    import collections
    import torch
    import torch.nn as nn
    import torch.nn.functional as F
    torch.set_num_threads(2)
    counts = collections.Counter(ch for t in xtr + xc for ch in t)
    vocab = {c: i + 2 for i, (c, n) in enumerate(counts.most_common()) if n >= 2}

    def encode(texts):
        a = np.zeros((len(texts), max_len), dtype=np.int64)
        for i, t in enumerate(texts):
            ids = [vocab.get(c, 1) for c in t][:max_len]
            a[i, :len(ids)] = ids
        return torch.tensor(a)

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(len(vocab) + 2, 128, padding_idx=0)
            self.convs = nn.ModuleList([nn.Conv1d(128, 128, k, padding=k // 2) for k in (1, 2, 3, 4)])
            self.drop = nn.Dropout(0.5)
            self.three = nn.Linear(512, 3)
            self.toxic = nn.Linear(512, 1)

        def forward(self, x):
            mask = (x > 0).unsqueeze(-1)
            e = self.drop(self.emb(x)).transpose(1, 2)
            pooled = [F.relu(c(e))[:, :, :x.shape[1]].transpose(1, 2).masked_fill(~mask, -1e4).max(1).values for c in self.convs]
            z = self.drop(torch.cat(pooled, 1))
            return self.three(z), self.toxic(z).squeeze(-1)

    def fit_predict(xa, ya, xb):
        torch.manual_seed(0)
        net = Net()
        opt = torch.optim.Adam(net.parameters(), lr=2e-3)
        a, ya_t, c, yc_t = encode(xa), torch.tensor(ya), encode(xc), torch.tensor(yc).float()
        weight = torch.tensor([1.0, 2.5, 1.0])
        for _ in range(epochs):
            net.train()
            perm, cperm = torch.randperm(len(a)), torch.randperm(len(c))
            for step, i in enumerate(range(0, len(a), 64)):
                idx = perm[i:i + 64]
                loss = F.cross_entropy(net(a[idx])[0], ya_t[idx], weight=weight)
                cj = cperm[(step * 128) % len(c):(step * 128) % len(c) + 128]
                if len(cj) > 0:
                    loss = loss + 0.5 * F.binary_cross_entropy_with_logits(net(c[cj])[1], yc_t[cj])
                opt.zero_grad()
                loss.backward()
                opt.step()
        net.eval()
        with torch.no_grad():
            b = encode(xb)
            return torch.cat([F.softmax(net(b[i:i + 256])[0], 1) for i in range(0, len(b), 256)]).numpy()
    return fit_predict


xtr, ytr = load('toxicn', 'train')
xdv, ydv = load('toxicn', 'dev')
xc, yc = load('cold', 'train')
ytr = np.array([LABELS[y] for y in ytr])
ydv = np.array([LABELS[y] for y in ydv])
yc = np.array([0 if y == 'normal' else 1 for y in yc])
what = sys.argv[1] if len(sys.argv) > 1 else 'tfidf'

if what == 'tfidf':
    chars = lambda lo, hi, min_df: (lambda: TfidfVectorizer(analyzer='char', ngram_range=(lo, hi), sublinear_tf=True, min_df=min_df))
    for name, vec, clf in [
        ('TF-IDF char 1-2, logistic regression C=4', chars(1, 2, 1), lambda: LogisticRegression(C=4, max_iter=2000, class_weight='balanced')),
        ('TF-IDF char 1-3, logistic regression C=1', chars(1, 3, 2), lambda: LogisticRegression(C=1, max_iter=2000, class_weight='balanced')),
        ('TF-IDF char 1-4, logistic regression C=4', chars(1, 4, 2), lambda: LogisticRegression(C=4, max_iter=2000, class_weight='balanced')),
        ('TF-IDF char 1-3, linear SVM C=0.3', chars(1, 3, 2), lambda: LinearSVC(C=0.3, class_weight='balanced')),
    ]:
        fp = flat(vec, clf)
        report(name, ytr, out_of_fold(fp), lambda: fp(xtr, ytr, xdv))
elif what == 'hier':
    for weight in (0, 0.3, 1.0):
        fp = hierarchical(weight)
        report(f'toxic-then-hate, COLD weight {weight}', ytr, out_of_fold(fp), lambda: fp(xtr, ytr, xdv))
elif what == 'cnn':
    order = np.random.RandomState(7).permutation(len(xtr))
    a, b = order[:int(len(order) * 0.8)], order[int(len(order) * 0.8):]
    for name, fp in [('TF-IDF char 1-2 logistic regression (same split)', flat(lambda: TfidfVectorizer(analyzer='char', ngram_range=(1, 2), sublinear_tf=True),
                                                                                    lambda: LogisticRegression(C=4, max_iter=2000, class_weight='balanced'))),
                     ('character CNN with a COLD head', cnn())]:
        p = fp([xtr[i] for i in a], ytr[a], [xtr[i] for i in b])
        tuned, weights = tune(p, ytr[b])
        line = f'{name}: held-out fifth of train {macro(ytr[b], p):.3f} tuned {tuned:.3f}'
        if '--dev' in sys.argv:
            pd = fp(xtr, ytr, xdv)
            line += f' | dev {macro(ydv, pd):.3f} with the tuned weights {macro(ydv, pd, weights):.3f}'
        print(line, flush=True)
else:
    sys.exit(f'unknown model family {what!r}: tfidf, hier or cnn')
