<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ComputationalGraphLesson</name>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="176"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="176"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="179"/>
        <source>Ready: press Step (Ctrl+Right) to compute the first node forward.</source>
        <translation>準備完了:「ステップ」(Ctrl+→)を押すと、最初のノードの順伝播を計算します。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="181"/>
        <source>Step {0} of {1}: done. Red numbers are the derivatives of the output with respect to each edge.</source>
        <translation>ステップ {0}/{1}: 完了。赤い数字は、各エッジについての出力の微分です。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="184"/>
        <source>Step {0} of {1}: forward, left to right.</source>
        <translation>ステップ {0}/{1}: 順伝播(左から右へ)。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="186"/>
        <source>Step {0} of {1}: backward, right to left (the output&apos;s derivative starts at 1).</source>
        <translation>ステップ {0}/{1}: 逆伝播(右から左へ。出力の微分 1 から始まります)。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="198"/>
        <source>swap the inputs</source>
        <translation>入力をひっくり返す</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="198"/>
        <source>pass through</source>
        <translation>そのまま流す</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="199"/>
        <source>× 2t</source>
        <translation>× 2t</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="209"/>
        <source>Forward: {0} = {1}² = {2}</source>
        <translation>順伝播: {0} = {1}² = {2}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="211"/>
        <source>Forward: {0} = {1} {2} {3} = {4}</source>
        <translation>順伝播: {0} = {1} {2} {3} = {4}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="216"/>
        <source>Backward through ×: each input gets dout times the OTHER input — ∂L/∂{0} = {1} × {2} = {3}, ∂L/∂{4} = {1} × {5} = {6}.</source>
        <translation>乗算ノードの逆伝播: 各入力には dout に「もう一方の」入力を掛けたものが届きます。∂L/∂{0} = {1} × {2} = {3}、∂L/∂{4} = {1} × {5} = {6}。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="220"/>
        <source>Backward through +: dout = {0} passes through unchanged to {1} and {2}.</source>
        <translation>加算ノードの逆伝播: dout = {0} がそのまま {1} と {2} へ流れます。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="222"/>
        <source>Backward through ²: ∂z/∂t = 2t, so ∂L/∂{0} = {1} × 2 × {2} = {3}.</source>
        <translation>2 乗のノードの逆伝播: ∂z/∂t = 2t なので、∂L/∂{0} = {1} × 2 × {2} = {3}。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="233"/>
        <source>Type a number, for example 1.5.</source>
        <translation>数を入力してください(例: 1.5)。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="240"/>
        <source>Right: the derivative on that edge is {0}. Recomputing with the input raised by 1 changes the output by {1}.</source>
        <translation>正解です。そのエッジの微分は {0} です。入力を 1 増やして計算し直すと、出力は {1} 変わります。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="245"/>
        <source>Not yet. Step the backward pass until it reaches the edge {0} and read the red number under it.</source>
        <translation>まだです。逆伝播を {0} のエッジに届くまでステップで進め、その下の赤い数字を読みましょう。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="251"/>
        <source>apple</source>
        <translation>りんごの値段</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="251"/>
        <source>apples</source>
        <translation>りんごの個数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="251"/>
        <source>orange</source>
        <translation>みかんの値段</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="252"/>
        <source>oranges</source>
        <translation>みかんの個数</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="252"/>
        <source>tax</source>
        <translation>消費税</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="252"/>
        <source>apple total</source>
        <translation>りんごの合計</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="253"/>
        <source>orange total</source>
        <translation>みかんの合計</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="253"/>
        <source>subtotal</source>
        <translation>税抜き合計</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="254"/>
        <source>price</source>
        <translation>支払額</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="264"/>
        <source>Book Fig. 5-5: 2 apples at 100 yen each, consumption tax 1.1.</source>
        <translation>本の図 5-5: 1 個 100 円のりんごを 2 個、消費税 1.1。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="265"/>
        <source>Book Fig. 5-17: 2 apples at 100 yen and 3 oranges at 150 yen, tax 1.1.</source>
        <translation>本の図 5-17: 1 個 100 円のりんごを 2 個と 1 個 150 円のみかんを 3 個、消費税 1.1。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="266"/>
        <source>Book Fig. 5-7: z = t² with t = x + y. Backward multiplies the local derivatives: ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1.</source>
        <translation>本の図 5-7: z = t²、t = x + y。逆伝播では局所的な微分を掛け合わせます: ∂z/∂x = ∂z/∂t · ∂t/∂x = 2t · 1。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="271"/>
        <source>If x rises by a tiny amount ε, z changes by about how many ε?</source>
        <translation>x がごくわずか ε だけ増えると、z はおよそ ε の何倍変わるでしょう。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="273"/>
        <source>If the price of one apple rises by 1 yen, by how many yen does the amount you pay change?</source>
        <translation>りんごが 1 個 1 円値上がりすると、支払額は何円変わるでしょう。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="277"/>
        <source>Example:</source>
        <translation>例:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="278"/>
        <source>Apples</source>
        <translation>りんご</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="278"/>
        <source>Apples and oranges</source>
        <translation>りんごとみかん</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="279"/>
        <source>Chain rule: z = (x + y)²</source>
        <translation>連鎖律: z = (x + y)²</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="282"/>
        <source>Book&apos;s values</source>
        <translation>本の値に戻す</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="283"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="285"/>
        <source>Process the next node (Ctrl+Right)</source>
        <translation>次のノードを処理します(Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="286"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="287"/>
        <source>Check</source>
        <translation>答え合わせ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="288"/>
        <source>your answer</source>
        <translation>あなたの答え</translation>
    </message>
</context>
<context>
    <name>DescentPanel</name>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="230"/>
        <source>The learning rate must be a number ≥ 0, for example 0.1 or 1e-10.</source>
        <translation>学習率は 0 以上の数にしてください(例: 0.1、1e-10)。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="272"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="272"/>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="280"/>
        <source>step {0} of {1}: x = {2}</source>
        <translation>ステップ {0}/{1}: x = {2}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="282"/>
        <source>(the path has left the view)</source>
        <translation>(経路は表示範囲の外へ出ました)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="287"/>
        <source>gradient_descent(f, init_x=[-3.0, 4.0], lr={0}, step_num={1}) = {2}</source>
        <translation>gradient_descent(f, init_x=[-3.0, 4.0], lr={0}, step_num={1}) = {2}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="293"/>
        <source>Gradient descent on f(x0, x1) = x0² + x1² from the book&apos;s start (−3, 4). Each step moves against the numerical gradient by lr times its length. Try the book&apos;s three rates.</source>
        <translation>f(x0, x1) = x0² + x1² に対して、本と同じ出発点 (−3, 4) から勾配降下法を行います。1 回ごとに、数値勾配と逆向きに、その長さの lr 倍だけ進みます。本の 3 つの学習率を試しましょう。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="295"/>
        <source>Learning rate lr:</source>
        <translation>学習率 lr:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="296"/>
        <source>Steps:</source>
        <translation>ステップ数:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="297"/>
        <source>Good: lr = 0.1</source>
        <translation>適切: lr = 0.1</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="297"/>
        <source>Too large: lr = 10</source>
        <translation>大きすぎ: lr = 10</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="298"/>
        <source>Too small: lr = 1e-10</source>
        <translation>小さすぎ: lr = 1e-10</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="301"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="303"/>
        <source>One more step (Ctrl+Right)</source>
        <translation>1 ステップ進めます(Ctrl+→)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="304"/>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
</context>
<context>
    <name>GradientFieldPanel</name>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="119"/>
        <source>∂f/∂x0 = {0}    ∂f/∂x1 = {1}</source>
        <translation>∂f/∂x0 = {0}    ∂f/∂x1 = {1}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="121"/>
        <source>numerical_gradient(f, [{0:g}, {1:g}]) = {2}    f = {3:.4g}</source>
        <translation>numerical_gradient(f, [{0:g}, {1:g}]) = {2}    f = {3:.4g}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="126"/>
        <source>f(x0, x1) = x0² + x1². Grey arrows: −∇f on the book&apos;s grid; each points where f falls fastest, and is longer where f is steeper. Drag the red point or type its coordinates; the orange arrow is −∇f there (drawn twice as long).</source>
        <translation>f(x0, x1) = x0² + x1²。灰色の矢印は本と同じ格子点での −∇f で、f がもっとも急に減る向きを指し、f が急なところほど長くなります。赤い点をドラッグするか座標を入力しましょう。オレンジの矢印はその点での −∇f です(2 倍の長さで表示)。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/gradient_panels.py" line="129"/>
        <source>Book:</source>
        <translation>本の例:</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="219"/>
        <source>Numerical differentiation and the gradient</source>
        <translation>数値微分と勾配</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/computational_graph.py" line="296"/>
        <source>Computational graphs</source>
        <translation>計算グラフ</translation>
    </message>
</context>
<context>
    <name>NumericalDifferentiationLesson</name>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="209"/>
        <source>Step h</source>
        <translation>刻み h</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="210"/>
        <source>Tangent</source>
        <translation>接線</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="211"/>
        <source>Gradient</source>
        <translation>勾配</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="212"/>
        <source>Descent</source>
        <translation>勾配降下</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="213"/>
        <source>simpleNet</source>
        <translation>simpleNet</translation>
    </message>
</context>
<context>
    <name>SimpleNetPanel</name>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="161"/>
        <source>A weight must be a number between −100 and 100.</source>
        <translation>重みは −100 から 100 までの数にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="181"/>
        <source>p = x·W = {0}    softmax(p) = {1}    argmax = {2}    loss = {3:.8f}</source>
        <translation>p = x·W = {0}    softmax(p) = {1}    argmax = {2}    損失 = {3:.8f}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="185"/>
        <source>dW[0, 0] = {0:.2f}: raising w11 by a small h changes the loss by about {0:.2f}·h. A negative entry means the loss falls when that weight rises, so learning raises it.</source>
        <translation>dW[0, 0] = {0:.2f}: w11 を小さな h だけ増やすと、損失はおよそ {0:.2f}·h 変わります。負の要素は、その重みを増やすと損失が減ることを意味するので、学習ではその重みを増やします。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="191"/>
        <source>The book&apos;s simpleNet: one 2×3 weight matrix W, softmax and the cross-entropy loss. dW is the gradient of the loss with respect to W, found numerically one weight at a time. Edit a weight (double-click or F2) and watch dW change.</source>
        <translation>本の simpleNet: 2×3 の重み行列 W が 1 つ、ソフトマックス、交差エントロピー誤差からなります。dW は W についての損失の勾配で、重みを 1 つずつ動かして数値的に求めます。重みを編集して(ダブルクリックか F2)、dW の変化を見ましょう。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="194"/>
        <source>x = [0.6, 0.9]    t = [0, 0, 1] (the right class is 2)</source>
        <translation>x = [0.6, 0.9]    t = [0, 0, 1](正解はクラス 2)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="195"/>
        <source>W (weights)</source>
        <translation>W(重み)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="196"/>
        <source>dW = ∂L/∂W (numerical)</source>
        <translation>dW = ∂L/∂W(数値微分)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="197"/>
        <source>Book&apos;s W</source>
        <translation>本の W</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_differentiation.py" line="198"/>
        <source>Random W</source>
        <translation>ランダムな W</translation>
    </message>
</context>
<context>
    <name>StepSizePanel</name>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="111"/>
        <source>true derivative f′({0}) = 0.02·x + 0.1 = {1}</source>
        <translation>真の微分 f′({0}) = 0.02·x + 0.1 = {1}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="113"/>
        <source>forward (f(x+h) − f(x)) / h = {0}   error {1:.2e}</source>
        <translation>前方差分 (f(x+h) − f(x)) / h = {0}   誤差 {1:.2e}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="115"/>
        <source>central (f(x+h) − f(x−h)) / 2h = {0}   error {1:.2e}</source>
        <translation>中心差分 (f(x+h) − f(x−h)) / 2h = {0}   誤差 {1:.2e}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="119"/>
        <source>x + h is the same float as x: both differences are exactly 0.</source>
        <translation>x + h が x と同じ浮動小数点数になり、どちらの差分もちょうど 0 です。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="121"/>
        <source>Round-off: f(x+h) and f(x) agree in almost every digit, so their difference keeps only a few correct ones.</source>
        <translation>丸め誤差: f(x+h) と f(x) はほとんどの桁が一致するので、その差には正しい桁がわずかしか残りません。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="124"/>
        <source>Truncation: a finite h measures the slope of a chord, not of the tangent.</source>
        <translation>打ち切り誤差: 有限の h で求めているのは、接線ではなく弦の傾きです。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="131"/>
        <source>f(x) = 0.01x² + 0.1x. Make h smaller: the error first falls (truncation) and then rises again (round-off). The central difference is more accurate for the same h.</source>
        <translation>f(x) = 0.01x² + 0.1x。h を小さくすると、誤差はまず減り(打ち切り誤差)、やがてまた増えます(丸め誤差)。同じ h なら中心差分のほうが正確です。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="133"/>
        <source>Step h:</source>
        <translation>刻み h:</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="134"/>
        <source>at x =</source>
        <translation>x =</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="135"/>
        <source>step h</source>
        <translation>刻み h</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="136"/>
        <source>|estimate − true derivative|</source>
        <translation>|推定値 − 真の微分|</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="137"/>
        <source>Error against h (an error of 0 is drawn at 1e-18)</source>
        <translation>h と誤差(誤差 0 は 1e-18 の位置に表示)</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="139"/>
        <source>forward</source>
        <translation>前方差分</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="139"/>
        <source>central</source>
        <translation>中心差分</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="140"/>
        <source>truncation alone: 0.01·h</source>
        <translation>打ち切り誤差だけなら 0.01·h</translation>
    </message>
</context>
<context>
    <name>TangentPanel</name>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="193"/>
        <source>numerical_diff(f, {0}) = {1}   (exact: {2})</source>
        <translation>numerical_diff(f, {0}) = {1}   (厳密な値: {2})</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="195"/>
        <source>tangent: y = {0:.6f}·x {1:+.6f}</source>
        <translation>接線: y = {0:.6f}·x {1:+.6f}</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="199"/>
        <source>Drag the red point along the curve, or type x. The dashed line is the tangent whose slope is the central difference with h = 1e-4, as in the book.</source>
        <translation>赤い点を曲線に沿ってドラッグするか、x を入力しましょう。破線は接線で、その傾きは本と同じ h = 1e-4 の中心差分です。</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="201"/>
        <source>x =</source>
        <translation>x =</translation>
    </message>
    <message>
        <location filename="../../ui/lessons/numerical_diff_panels.py" line="203"/>
        <source>Book: x = {0}</source>
        <translation>本の例: x = {0}</translation>
    </message>
</context>
</TS>
