<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CrossEntropyPanel</name>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="225"/>
        <source>With a one-hot label only the probability p of the right class counts: E = −log p. A confident right answer (p near 1) costs almost nothing; a confident wrong one (p near 0) costs a lot.</source>
        <translation>正解ラベルが one-hot なら、効くのは正解クラスの確率 p だけです: E = −log p。自信をもって正解する(p が 1 に近い)と損失はほぼ 0、自信をもって間違える(p が 0 に近い)と損失は大きくなります。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="227"/>
        <source>p (right class)</source>
        <translation>p(正解クラス)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="228"/>
        <source>probability of the right class p</source>
        <translation>正解クラスの確率 p</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="229"/>
        <source>cross-entropy E</source>
        <translation>交差エントロピー誤差 E</translation>
    </message>
</context>
<context>
    <name>ForwardPassLesson</name>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="224"/>
        <source>Three-layer network</source>
        <translation>3層ネットワーク</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="225"/>
        <source>Softmax</source>
        <translation>ソフトマックス</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="226"/>
        <source>Cross-entropy</source>
        <translation>交差エントロピー誤差</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="227"/>
        <source>Trained network (§3.6)</source>
        <translation>学習済みネットワーク(§3.6)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="228"/>
        <source>Draw a digit</source>
        <translation>数字を描く</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="236"/>
        <source>Forward pass</source>
        <translation>ニューラルネットワークの順伝播</translation>
    </message>
</context>
<context>
    <name>SoftmaxPanel</name>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="152"/>
        <source>nan (overflow): exp() of a large score is inf, and inf / inf is nan</source>
        <translation>nan(オーバーフロー): 大きなスコアの exp() は inf になり、inf / inf は nan です</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="153"/>
        <source>Naive  exp(aₖ) / Σ exp(aᵢ):  {0}</source>
        <translation>素朴な計算  exp(aₖ) / Σ exp(aᵢ):  {0}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="154"/>
        <source>Stable  exp(aₖ − max a) / Σ exp(aᵢ − max a):  {0}</source>
        <translation>安定な計算  exp(aₖ − max a) / Σ exp(aᵢ − max a):  {0}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="164"/>
        <source>Classes:</source>
        <translation>クラス数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="165"/>
        <source>Scores a:</source>
        <translation>スコア a:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="166"/>
        <source>Temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="167"/>
        <source>y = softmax(a / T)  (the bars always sum to 1)</source>
        <translation>y = softmax(a / T)(棒の合計は常に 1)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="168"/>
        <source>Why subtract the maximum?</source>
        <translation>なぜ最大値を引くのか?</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="169"/>
        <source>Try large scores [1010, 1000, 990]</source>
        <translation>大きなスコア [1010, 1000, 990] を試す</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="170"/>
        <source>Back to small scores</source>
        <translation>小さなスコアに戻す</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass_softmax.py" line="171"/>
        <source>Add 100 to every score</source>
        <translation>すべてのスコアに 100 を足す</translation>
    </message>
</context>
<context>
    <name>ThreeLayerPanel</name>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="198"/>
        <source>The book&apos;s network with fixed weights: 2 inputs → 3 → 2 → 2 outputs, sigmoid in the hidden layers. Change x and follow every step.</source>
        <translation>本の例のネットワーク(重みは固定): 入力 2 → 3 → 2 → 出力 2、隠れ層の活性化関数はシグモイド関数です。x を変えて、各ステップを追ってみよう。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="200"/>
        <source>Output function:</source>
        <translation>出力関数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="201"/>
        <source>identity (as in the book)</source>
        <translation>恒等関数(本のとおり)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="202"/>
        <source>sigmoid</source>
        <translation>シグモイド関数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="203"/>
        <source>Back to x = [1.0, 0.5]</source>
        <translation>x = [1.0, 0.5] に戻す</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="204"/>
        <source>Step</source>
        <translation>計算</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="204"/>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="204"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="207"/>
        <source>Grey: the fixed weights W and biases b.</source>
        <translation>灰色: 固定された重み W とバイアス b。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/forward_pass.py" line="208"/>
        <source>Blue: computed from x, they change with it.</source>
        <translation>青: x から計算した値(x とともに変わる)。</translation>
    </message>
</context>
</TS>
